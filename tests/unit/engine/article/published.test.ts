import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { dateInUrl } from '../../../../src/engine/article/published';
import { articleOf, articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The harbour board said the new quay would open in spring, after two years of work and a long dispute over the budget. '.repeat(4)}</p><p>${'Fishing crews welcomed the news, saying the old quay had been unsafe in winter storms for years. '.repeat(4)}</p>`;
const page = (head: string, header: string, lang = 'en'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>New quay to open</title>${head}</head><body><div class="wrap">${header}<div class="text">${PARAS}</div></div></body></html>`;

describe('publication day from a date line by the headline', () => {
  it('reads a bare date paragraph after the <h1>', () => {
    expect(articleOfHtml(page('', '<h1>New quay to open</h1><p>January 22, 2014</p>')).published).toBe(
      '2014-01-22',
    );
  });

  it('reads a labelled date after the header that holds the <h1>', () => {
    const a = articleOfHtml(
      page(
        '',
        '<header><h1>新しい岸壁</h1></header><p class="r">最終更新日：2019年4月2日<br>港湾局</p>',
        'ja',
      ),
    );
    expect(a.published).toBe('2019-04-02');
  });

  it('takes no date from long prose near the headline', () => {
    const prose = `<p>${'The board first met on 3 March 2011 to discuss the plan, and again many times since then. '.repeat(3)}</p>`;
    expect(articleOfHtml(page('', `<h1>New quay to open</h1>${prose}`)).published).toBeNull();
  });
});

describe('publication day from the URL', () => {
  it('reads /yyyy/mm/dd/ and /yyyy-mm-dd- paths', () => {
    expect(dateInUrl('https://example.test/news/2016/12/15/quay-opens/')).toBe('2016-12-15');
    expect(dateInUrl('https://example.test/2019-4-5-quay-opens')).toBe('2019-04-05');
  });

  it('reads no day from ids or a year and month alone', () => {
    expect(dateInUrl('https://example.test/2016/12/quay-opens')).toBeNull();
    expect(dateInUrl('https://example.test/story/20161215123')).toBeNull();
    expect(dateInUrl(null)).toBeNull();
  });

  it('is the last resort, after the page itself', () => {
    const html = page(
      '<link rel="canonical" href="https://example.test/2016/12/15/quay">',
      '<h1>New quay</h1>',
    );
    expect(articleOf(parseHtml(html, 'https://example.test/2016/12/15/quay')).published).toBe('2016-12-15');
    const dated = page('<meta property="article:published_time" content="2016-12-14T09:00:00-05:00">', '');
    expect(articleOf(parseHtml(dated, 'https://example.test/2016/12/15/quay')).published).toBe('2016-12-14');
  });
});

describe('a declared UTC instant against the day the page shows', () => {
  const at = (instant: string, shown: string): string | null =>
    articleOfHtml(
      page(
        `<meta property="article:published_time" content="${instant}">`,
        `<h1>New quay to open</h1><p>${shown}</p>`,
      ),
    ).published;

  it('takes the local day the headline shows, one either side of the UTC day', () => {
    // Evening in the Americas, past midnight in UTC.
    expect(at('2020-02-25T02:25:54+00:00', 'February 24, 2020 | 9:25pm')).toBe('2020-02-24');
    // Morning in Europe, still the day before in UTC.
    expect(at('2018-06-12T23:00:00.000Z', 'June 13, 2018')).toBe('2018-06-13');
  });

  it('keeps the declared day when no time zone could show the other', () => {
    // 20:00 UTC is the next day nowhere west of it; a local offset, or midnight, is no UTC moment.
    expect(at('2020-02-25T20:00:00Z', 'February 24, 2020')).toBe('2020-02-25');
    expect(at('2020-02-25T02:25:54-05:00', 'February 24, 2020')).toBe('2020-02-25');
    expect(at('2020-02-25T00:00:00Z', 'February 24, 2020')).toBe('2020-02-25');
    expect(at('2020-02-25T02:25:54Z', 'February 20, 2020')).toBe('2020-02-25');
  });

  it('takes the local day of the same instant declared again with its offset', () => {
    const ld = (published: string): string =>
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"New quay to open","datePublished":"${published}"}</script>`;
    const withMeta = (published: string, local: string): string | null =>
      articleOfHtml(
        page(
          `${ld(published)}<meta property="article:published_time" content="${local}">`,
          '<h1>New quay to open</h1>',
        ),
      ).published;
    // 01:18 UTC on the 24th is 17:18 on the 23rd where the page was written.
    expect(withMeta('2017-02-24T01:18:13Z', '2017-02-23T17:18:13-08:00')).toBe('2017-02-23');
    // Another instant is another date, not the same one written locally.
    expect(withMeta('2017-02-24T01:18:13Z', '2017-02-23T12:00:00-08:00')).toBe('2017-02-24');
  });
});
