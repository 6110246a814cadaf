/**
 * The generated library the import benchmarks read: pages and rows only, no file system, so
 * the packed-storage prototype can bundle it into a browser page too.
 */
import type { AnnotationRow, PageRecord, TextSelector } from '../../src/shared/records';

const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 0, 1);
/** A "now" later than every generated time, so nothing is capped. */
export const AFTER_ALL = T0 + 10_000 * DAY;
const PAGE_COUNT = 2_000;

const urlOf = (i: number) => `https://news${i % 50}.example/story/${i}`;

/** 2,000 pages, every 10th page's record missing (its rows arrive alone). */
export function generatedPages(): PageRecord[] {
  const pages: PageRecord[] = [];
  for (let i = 0; i < PAGE_COUNT; i++) {
    if (i % 10 === 9) continue;
    const url = urlOf(i);
    pages.push({
      url,
      canonicalUrl: null,
      title: `Council budget story ${i}`,
      site: new URL(url).hostname,
      lang: i % 2 ? 'vi' : 'en',
      published: '2025-01-01',
      byline: null,
      firstSeen: T0 + i * DAY,
      lastSeen: T0 + i * DAY + 1000,
    });
  }
  return pages;
}

/** Row `i`: one page holds a tenth of all rows (a long live blog); every 7th is the reader's. */
export function generatedRow(i: number): AnnotationRow {
  const url = i % 10 === 0 ? urlOf(0) : urlOf(i % PAGE_COUNT);
  const start = i * 40;
  const quote = `Minister Jane Roe ${i}`;
  const common = {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    url,
    quote,
    start,
    end: start + quote.length,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: 'the budget, said ', suffix: ' on Monday' },
      { type: 'TextPositionSelector', start, end: start + quote.length },
    ] satisfies TextSelector[],
    created: T0 + (i % PAGE_COUNT) * DAY,
    modified: T0 + (i % PAGE_COUNT) * DAY + 5,
  };
  return i % 7 === 0
    ? { ...common, kind: 'highlight', origin: 'reader', tags: [], entityKey: null, colour: 'yellow' }
    : {
        ...common,
        kind: 'official',
        origin: 'auto',
        tags: ['official'],
        entityKey: 'official:jane roe',
        name: 'Jane Roe',
        titles: ['Minister'],
      };
}

export function generatedLibrary(rows: number): { pages: PageRecord[]; annotations: AnnotationRow[] } {
  return { pages: generatedPages(), annotations: Array.from({ length: rows }, (_, i) => generatedRow(i)) };
}
