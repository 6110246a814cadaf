import { describe, expect, it } from 'vitest';
import { toIsoDay } from '../../../../src/engine/article/dates';
import { cleanTitle } from '../../../../src/engine/article/title';
import { articleOfHtml } from './load-fixture';

const BODY = `<article><p>${'The harbour authority said the new quay would open in spring, after two years of work and a long dispute over the budget. '.repeat(4)}</p><p>${'Fishing crews welcomed the news, saying the old quay had been unsafe in winter storms for years. '.repeat(4)}</p></article>`;
const page = (head: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Page title - Site</title>${head}</head><body>${BODY}</body></html>`;
const ld = (json: unknown): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('metadata from JSON-LD', () => {
  it('reads a plain NewsArticle', () => {
    const a = articleOfHtml(
      page(
        ld({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Quay opens in spring',
          author: { '@type': 'Person', name: 'Ana Silva' },
          datePublished: '2024-01-04T23:30:00-05:00',
        }),
      ),
    );
    expect(a.title).toBe('Quay opens in spring');
    expect(a.byline).toBe('Ana Silva');
    expect(a.published).toBe('2024-01-04');
  });

  it('finds the article inside @graph, with several authors', () => {
    const a = articleOfHtml(
      page(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'Site' },
            {
              '@type': 'ReportageNewsArticle',
              headline: 'Graph headline',
              author: [{ name: 'A. One' }, { name: 'B. Two' }],
              datePublished: '2023-12-31',
            },
          ],
        }),
      ),
    );
    expect(a.title).toBe('Graph headline');
    expect(a.byline).toBe('A. One, B. Two');
    expect(a.published).toBe('2023-12-31');
  });

  it('finds the article in a top-level array and with an array @type', () => {
    const a = articleOfHtml(
      page(
        ld([
          { '@type': 'BreadcrumbList' },
          {
            '@type': ['Article', 'NewsArticle'],
            headline: 'Array headline',
            author: 'C. Three',
            datePublished: '2022-05-06',
          },
        ]),
      ),
    );
    expect(a.title).toBe('Array headline');
    expect(a.byline).toBe('C. Three');
    expect(a.published).toBe('2022-05-06');
  });

  it('survives a broken block and falls back to OpenGraph and <meta>', () => {
    const head = `<script type="application/ld+json">{ "@type": "NewsArticle", </script><meta property="og:title" content="OG headline | Site"><meta property="og:site_name" content="Site"><meta name="author" content="By Dee Four"><meta property="article:published_time" content="2021-07-08T10:00:00+07:00">`;
    const a = articleOfHtml(page(head));
    expect(a.title).toBe('OG headline');
    expect(a.byline).toBe('Dee Four');
    expect(a.published).toBe('2021-07-08');
    expect(a.siteName).toBe('Site');
  });

  it('prefers Dublin Core title, with space-separated properties', () => {
    const a = articleOfHtml(
      page(
        '<meta property="dc:title og:title" content="Shared title"><meta name="author" content="Eve Five">',
      ),
    );
    expect(a.title).toBe('Shared title');
  });
});

describe('dates', () => {
  it('keeps the calendar day as written', () => {
    expect(toIsoDay('2024-01-04T23:30:00-05:00')).toBe('2024-01-04');
    expect(toIsoDay('04/01/2024 15:30')).toBe('2024-01-04');
    expect(toIsoDay('Thứ năm, 4/1/2024 - 15:30')).toBe('2024-01-04');
    expect(toIsoDay('Cập nhật ngày 4 tháng 1 năm 2024')).toBe('2024-01-04');
    expect(toIsoDay('January 4, 2024')).toBe('2024-01-04');
    expect(toIsoDay('4 Jan 2024')).toBe('2024-01-04');
    expect(toIsoDay('11/20/2019', false)).toBe('2019-11-20');
    expect(toIsoDay('no date here')).toBeNull();
  });
});

describe('titles', () => {
  it('drops the site name at either end and keeps separators inside the headline', () => {
    const none = (): string[] => [];
    expect(cleanTitle('Quay opens in spring | Harbour News', 'Harbour News', null, none, false)).toBe(
      'Quay opens in spring',
    );
    expect(cleanTitle('Harbour News - Quay opens in spring', 'Harbour News', null, none, false)).toBe(
      'Quay opens in spring',
    );
    expect(cleanTitle('Mayor: the quay opens in spring', 'Harbour News', null, none, false)).toBe(
      'Mayor: the quay opens in spring',
    );
    expect(cleanTitle('Quay opens in spring - example.com', null, null, none, false)).toBe(
      'Quay opens in spring',
    );
  });
});
