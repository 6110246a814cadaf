import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The song opens on a slow organ line and a single guitar, and the band joins only in the second verse. '.repeat(4)}</p><p>${'Critics at the time called the closing solo the longest and loudest the group had ever put on record. '.repeat(4)}</p>`;
const page = (canonical: string, h1: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>The Harbour Lights – Night Ferry Lyrics | Songbook</title><meta property="og:title" content="The Harbour Lights – Night Ferry"><link rel="canonical" href="${canonical}"></head><body><div class="header"><h1>${h1}</h1><h2><a href="/artists/harbour-lights">The Harbour Lights</a></h2></div><div class="body">${PARAS}</div></body></html>`;

describe('a title of context and the headline the page shows ("Artist – Song")', () => {
  it('takes the part the <h1> shows and the address names', () => {
    const a = articleOfHtml(
      page('https://songs.example/The-harbour-lights-night-ferry-lyrics', 'Night Ferry'),
    );
    expect(a.title).toBe('Night Ferry');
  });

  it('keeps the headline when the address does not name the heading (a site name set as <h1>)', () => {
    const a = articleOfHtml(page('https://songs.example/2019/0214.html', 'Night Ferry'));
    expect(a.title).toBe('The Harbour Lights');
  });

  it('does not take a heading that is a logo link', () => {
    const a = articleOfHtml(
      page('https://songs.example/The-harbour-lights-night-ferry-lyrics', '<a href="/">Night Ferry</a>'),
    );
    expect(a.title).toBe('The Harbour Lights');
  });
});
