import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const para = (n: number): string =>
  `<p>Paragraph ${n}: the ferry company said the winter timetable would keep two crossings a day, and the harbour master agreed to keep the slipway lit until the last boat is in.</p>`;
const paras = (from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, i) => para(from + i)).join('');

describe('a story shown in a modal over a section page', () => {
  const teasers = Array.from(
    { length: 6 },
    (_, i) => `<li><a href="/s${i}">Teaser headline number ${i} about the island</a></li>`,
  ).join('');

  it('is read from the dialog when the page has no other prose', () => {
    const a = articleOfHtml(`<html><body><ul class="stream">${teasers}</ul>
      <div class="story-modal"><article><h1>Ferry keeps winter crossings</h1>${paras(1, 6)}</article></div>
    </body></html>`);
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('Paragraph 1:');
    expect(a.text).toContain('Paragraph 6:');
  });

  it('is not found in a membership pitch shown in a popup', () => {
    const a = articleOfHtml(`<html><body><ul class="stream">${teasers}</ul>
      <div class="popup"><p>${'Members read without adverts, get the daily print edition on any device and can give stars to writers they like. '.repeat(3)}</p>
      <p>${'Join today and help us keep reporting on the islands for everyone who lives here and beyond. '.repeat(3)}</p></div>
    </body></html>`);
    expect(a.isArticle).toBe(false);
  });
});

describe('embeds inside the article', () => {
  it('keeps a part whose paragraphs sit beside two embeds', () => {
    const a = articleOfHtml(`<html><body><article><h1>Ferry keeps winter crossings</h1>
      <div>${paras(1, 3)}</div>
      <h2>The slipway</h2>
      <div>${para(4)}<object data="clip.swf"></object><embed src="clip.swf">${para(5)}</div>
    </article></body></html>`);
    expect(a.text).toContain('Paragraph 4:');
    expect(a.text).toContain('Paragraph 5:');
  });

  it('drops a slot of embeds with no prose', () => {
    const a = articleOfHtml(`<html><body><article><h1>Ferry keeps winter crossings</h1>
      <div>${paras(1, 4)}</div>
      <div>Sponsored<iframe src="https://ads.example/1"></iframe><iframe src="https://ads.example/2"></iframe></div>
      <div>${paras(5, 6)}</div>
    </article></body></html>`);
    expect(a.text).toContain('Paragraph 6:');
    expect(a.text).not.toContain('Sponsored');
  });
});
