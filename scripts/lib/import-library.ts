/**
 * The generated backup the import benchmark reads, in Node and in Chromium: a library as a
 * heavy reader might have it, written row by row so a 500,000-row file never sits in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/export/backup';
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

/**
 * Writes the backup "Export all" would write for `rows` annotations (the same bytes as
 * JSON.stringify(toBackup(...), null, 1)), a batch of rows at a time. Returns its size.
 */
export function writeGeneratedBackup(file: string, rows: number): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  const write = (text: string) => {
    bytes += writeSync(fd, text);
  };
  // Each record sits two levels deep: its lines get two more spaces than on their own.
  const nested = (value: unknown) => `  ${JSON.stringify(value, null, 1).replaceAll('\n', '\n  ')}`;
  const list = (count: number, item: (i: number) => unknown) => {
    for (let i = 0; i < count; i += 1_000) {
      const batch: string[] = [];
      for (let k = i; k < Math.min(count, i + 1_000); k++) batch.push(nested(item(k)));
      write(`${i > 0 ? ',\n' : '\n'}${batch.join(',\n')}`);
    }
    write(count > 0 ? '\n ]' : ']');
  };
  try {
    const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(T0).toISOString() };
    write(`${JSON.stringify(head, null, 1).slice(0, -2)},\n "pages": [`);
    const pages = generatedPages();
    list(pages.length, (i) => pages[i]);
    write(',\n "annotations": [');
    list(rows, generatedRow);
    write('\n}');
  } finally {
    closeSync(fd);
  }
  return bytes;
}
