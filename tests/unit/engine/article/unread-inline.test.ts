import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const PARAS = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Step ${i + 1}: the square of a real number is never negative, so the sum of squares stays at zero or above, whatever the numbers are.</p>`,
).join('');

function page(formula: string): string {
  return `<!doctype html><html lang="en"><head><title>Squares</title></head><body><div class="entry"><p>For any real number ${formula} the square is at least zero, as the steps below show.</p>${PARAS}</div></body></html>`;
}

describe('a paragraph with parts the reader never sees', () => {
  it('reads the picture of a formula, not the hidden MathML and its source beside it', () => {
    const formula =
      '<span class="math"><span style="display: none;"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">{\\displaystyle x}</annotation></semantics></math></span><img src="x.svg" alt="x"></span>';
    const a = articleOfHtml(page(formula));
    expect(a.text).toContain('For any real number');
    expect(a.text).toContain('the square is at least zero');
    expect(a.text).not.toContain('displaystyle');
  });

  it('reads every visible inline part of the paragraph', () => {
    const a = articleOfHtml(page('<em>x</em>, <span>positive or not</span>,'));
    expect(a.text).toContain('For any real number x, positive or not, the square is at least zero');
  });
});
