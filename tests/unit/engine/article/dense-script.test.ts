import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

// Two short Japanese paragraphs (written for this test) against a long English legal footer.
const JA = [
  '市は来年の春から、駅前の広場で毎週土曜日に朝市を開くと発表した。地元の農家が野菜や果物を直接販売する。',
  '担当者によると、出店の申し込みは来月から受け付け、初年度は二十店ほどを予定している。雨の日も開催する。',
];
const FOOTER =
  'The English edition of this site is published under license. Items appearing here that were originally published elsewhere are the copyright properties of their owners, and may not be reproduced, in whole or in part, without permission. All rights reserved, worldwide, in every medium.';

describe('text in dense scripts (Han, kana, Hangul)', () => {
  it('weighs short Japanese paragraphs above a longer English footer', () => {
    const a = articleOfHtml(`<html lang="ja"><body>
      <div id="main"><h1>駅前で朝市</h1><div class="body">${JA.map((p) => `<p>${p}</p>`).join('')}</div></div>
      <div class="legal"><div id="terms"><p>${FOOTER}</p></div></div></body></html>`);
    expect(a.text).toContain(JA[0]);
    expect(a.text).toContain(JA[1]);
    expect(a.text).not.toContain('published under license');
  });
});
