import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const para = (n: number): string =>
  `<p>Paragraph ${n}: the harbour board said the new ferry would run every hour in summer, with a late crossing on Fridays, and that fares would stay as they are until the spring review.</p>`;
const paras = (count: number): string => Array.from({ length: count }, (_, i) => para(i + 1)).join('');

/** A notice of about 600 characters outside the story: enough prose for the strict pass to stop at. */
const notice = `<section class="notice-body"><p>${'Some links on this site earn us a fee when readers sign up, which pays for the work of our writers and never changes what they choose to cover. '.repeat(4)}</p></section>`;

describe('a story inside a wrapper whose class names furniture', () => {
  it('is read loosely when the part left out holds the headline and far more prose than was found', () => {
    const a = articleOfHtml(`<html><body>${notice}
      <div class="above-footer"><div class="post"><h1>Ferry to run every hour this summer</h1>
        <div class="post-text">${paras(8)}</div></div></div>
      <footer><p>Contact us</p></footer></body></html>`);
    expect(a.text).toContain('Paragraph 1:');
    expect(a.text).toContain('Paragraph 8:');
  });

  it('keeps the story found strictly when the part left out is furniture without a headline', () => {
    const a = articleOfHtml(`<html><body>
      <div class="post"><h1>Ferry to run every hour this summer</h1><div class="post-text">${paras(3)}</div></div>
      <div class="related-stories"><h2>More from the coast</h2>${paras(12).replace(/Paragraph/g, 'Teaser')}</div>
      </body></html>`);
    expect(a.text).toContain('Paragraph 3:');
    expect(a.text).not.toContain('Teaser');
  });
});
