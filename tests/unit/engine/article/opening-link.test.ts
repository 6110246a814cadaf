import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const P1 = `<p>${'The city council approved the new tram line on Tuesday, after two years of hearings and a long public consultation. '.repeat(3)}</p>`;
const P2 = `<p>${'Construction is due to start next spring, and the first trams should run along the river by the end of the decade. '.repeat(3)}</p>`;
const page = (opening: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Tram line approved</title></head><body><article><h1>Tram line approved after long hearings</h1><div class="body">${opening}${P1}<p><a href="/other">Read more: the bus network review</a></p>${P2}</div></article></body></html>`;

describe('a paragraph all link that opens the body', () => {
  it('is read: a pointer to the original the article opens with', () => {
    const a = articleOfHtml(
      page('<p><a href="/original"><em>Link to the original (posted 2019/02/16)</em></a></p>'),
    );
    expect(a.text.startsWith('Link to the original (posted 2019/02/16)')).toBe(true);
  });

  it('leaves out the same kind of line further in, and a byline link at the start', () => {
    const a = articleOfHtml(page('<p><a href="/author/ann">By Ann Lee</a></p>'));
    expect(a.text).not.toContain('Read more');
    expect(a.text).not.toContain('By Ann Lee');
    expect(a.text.startsWith('The city council')).toBe(true);
  });
});
