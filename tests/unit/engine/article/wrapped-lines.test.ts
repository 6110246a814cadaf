import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const para = (n: number): string =>
  `<div class="para"><p>Step ${n} of the guide: keep the soil damp but never soaked, and move the pot out of the midday sun once the buds have opened, as the growers advise.</p></div>`;

describe('short lines in per-paragraph wrappers', () => {
  const html = (line: string): string => `<html><body><article><h1>How to keep garden roses healthy</h1>
    <div class="story">${para(1)}${para(2)}${line}${para(3)}${para(4)}${para(5)}</div></article></body></html>`;

  it('keeps a numbered step set in bold in its own wrapper', () => {
    const a = articleOfHtml(html('<div class="para"><p><strong>2. Water in the morning</strong></p></div>'));
    expect(a.text).toContain('2. Water in the morning');
    expect(a.text).toContain('Step 5 of the guide');
  });

  it('still drops a wrapped label of a word or two, or a short link', () => {
    const label = articleOfHtml(html('<div class="slot"><p>Advertisement</p></div>'));
    expect(label.text).not.toContain('Advertisement');
    const link = articleOfHtml(
      html('<div class="para"><p><a href="/next">Read our next guide now</a></p></div>'),
    );
    expect(link.text).not.toContain('Read our next guide');
  });
});
