import * as v from 'valibot';
import type { AnnotationRow, FlatAnnotationRow, PageRecord, ReaderRow } from '../../../src/shared/records';
import { AnnotationRowSchema } from '../../../src/shared/schema/record';
import type { NewsmarkDb } from '../../../src/store/db';
import { rowsTable } from './rows-table';
import { freshTestDb } from './test-db';

/** Pages and rows written for the library, search and backup tests. */
export function page(
  url: string,
  title: string,
  lastSeen: number,
  extra: Partial<PageRecord> = {},
): PageRecord {
  return {
    url,
    canonicalUrl: null,
    title,
    site: new URL(url).hostname,
    lang: 'vi',
    published: null,
    byline: null,
    firstSeen: lastSeen,
    lastSeen,
    ...extra,
  };
}

let counter = 0;

export function row(
  url: string,
  fields: Partial<FlatAnnotationRow> & Pick<FlatAnnotationRow, 'kind' | 'quote'>,
): AnnotationRow {
  counter++;
  const origin = fields.kind === 'highlight' || fields.kind === 'note' ? 'reader' : 'auto';
  const start = fields.start ?? counter * 10;
  // Checked by the stored-row schema, so test rows are rows the database could hold.
  return v.parse(AnnotationRowSchema, {
    id: `row-${counter}`,
    url,
    origin,
    start,
    end: start + fields.quote.length,
    selectors: [
      { type: 'TextQuoteSelector', exact: fields.quote, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + fields.quote.length },
    ],
    tags: origin === 'auto' ? [fields.kind] : [],
    entityKey: null,
    created: 1_000,
    modified: 1_000,
    ...fields,
  });
}

/** A reader row (highlight or note) for tests that read its note or colour. */
export function readerRow(
  url: string,
  fields: Partial<ReaderRow> & Pick<ReaderRow, 'kind' | 'quote'>,
): ReaderRow {
  const made = row(url, fields);
  if (made.origin !== 'reader') throw new Error(`${fields.kind} is not a reader kind`);
  return made;
}

export const VI_URL = 'https://tin.example/thu-tuong';
export const EN_URL = 'https://news.example/grid';

/** Two pages: a Vietnamese one with officials, a figure and a reader note, and an English one. */
export function sampleLibrary(): { pages: PageRecord[]; annotations: AnnotationRow[] } {
  counter = 0; // the same ids on every call
  return {
    pages: [
      page(VI_URL, 'Đà Nẵng đẩy nhanh giải ngân', 2_000),
      page(EN_URL, 'Grid partnership signed', 3_000),
    ],
    annotations: [
      row(VI_URL, {
        kind: 'official',
        quote: 'Bà Trương Thị Mai',
        name: 'Trương Thị Mai',
        titles: ['Bộ trưởng'],
      }),
      row(VI_URL, { kind: 'official', quote: 'bà Mai', name: 'Trương Thị Mai', titles: [] }),
      row(VI_URL, {
        kind: 'figure',
        quote: '12.450 tỷ đồng',
        figureType: 'money',
        value: 12_450_000_000_000,
        unit: 'VND',
        tags: ['figure', 'money'],
      }),
      row(VI_URL, { kind: 'note', quote: 'giải ngân chậm', body: 'Hỏi lại Sở Tài chính', colour: 'yellow' }),
      row(EN_URL, {
        kind: 'official',
        quote: 'Secretary Daniel Whitfield',
        name: 'Daniel Whitfield',
        titles: ['Secretary'],
      }),
      row(EN_URL, { kind: 'directive', quote: 'Utilities must report by June.', issuer: null }),
    ],
  };
}

/** A fresh test database holding the sample library. */
export async function seededLibraryDb(): Promise<NewsmarkDb> {
  const db = freshTestDb();
  const { pages, annotations } = sampleLibrary();
  await db.pages.bulkAdd(pages);
  await rowsTable(db).bulkAdd(annotations);
  return db;
}
