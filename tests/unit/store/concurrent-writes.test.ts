import { afterEach, describe, expect, it } from 'vitest';
import type { PageInput } from '../../../src/shared/messages';
import { rowsOfPageOrigin } from '../../../src/store/annotation-rows';
import type { NewsmarkDb } from '../../../src/store/db';
import { type NewAutoRow, replaceAutoAnnotations } from '../../../src/store/queries';
import {
  addReaderAnnotation,
  markAnchoring,
  readerAnnotationsForPage,
  updateReaderAnnotation,
} from '../../../src/store/reader-annotations';
import { rowsTable } from './rows-table';
import { freshTestDb } from './test-db';

/** Two tabs showing one page write through the store at the same time: nothing may be lost or doubled. */
const URL_ = 'https://news.example/story';
const PAGE: PageInput = {
  url: URL_,
  canonicalUrl: null,
  title: 'Story',
  site: 'News',
  lang: 'en',
  published: null,
  byline: null,
};

function autoRows(count: number, tag: string): NewAutoRow[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'figure' as const,
    figureType: 'number' as const,
    value: i,
    unit: null,
    quote: `${tag} ${i}`,
    start: i * 10,
    end: i * 10 + 5,
    selectors: [],
    tags: ['figure'],
    entityKey: null,
  }));
}

function readerRow(quote: string, start: number) {
  return {
    url: URL_,
    kind: 'highlight' as const,
    colour: 'yellow' as const,
    quote,
    start,
    end: start + 5,
    selectors: [],
  };
}

let db: NewsmarkDb;
afterEach(() => db?.close());

describe('two tabs writing one page at once', () => {
  it('leaves exactly one visit’s automatic rows, whole, and the first visit time', async () => {
    db = freshTestDb();
    await replaceAutoAnnotations(db, PAGE, autoRows(3, 'old'), 1_000);
    await Promise.all([
      replaceAutoAnnotations(db, PAGE, autoRows(40, 'tab-a'), 2_000),
      replaceAutoAnnotations(db, PAGE, autoRows(30, 'tab-b'), 2_001),
    ]);
    const rows = await rowsTable(db).ofPage(URL_);
    const visits = new Set(rows.map((row) => row.quote.split(' ')[0]));
    expect(visits.size, 'one snapshot, not a mix of two').toBe(1);
    expect(rows).toHaveLength(visits.has('tab-a') ? 40 : 30);
    expect(await db.pages.get(URL_)).toMatchObject({ firstSeen: 1_000 });
  });

  it('keeps every reader annotation made in either tab while both store their visits', async () => {
    db = freshTestDb();
    const writes = [
      replaceAutoAnnotations(db, PAGE, autoRows(50, 'tab-a'), 2_000),
      ...Array.from({ length: 10 }, (_, i) => addReaderAnnotation(db, readerRow(`a-${i}`, i * 20))),
      replaceAutoAnnotations(db, PAGE, autoRows(50, 'tab-b'), 2_001),
      ...Array.from({ length: 10 }, (_, i) => addReaderAnnotation(db, readerRow(`b-${i}`, i * 20 + 7))),
    ];
    await Promise.all(writes);
    const reader = await readerAnnotationsForPage(db, URL_);
    expect(reader).toHaveLength(20);
    expect(await rowsOfPageOrigin(db, URL_, 'auto')).toHaveLength(50);
  });

  it('keeps a note edited in the popup while a tab re-anchors the same row', async () => {
    db = freshTestDb();
    const row = await addReaderAnnotation(db, readerRow('grows', 10), 1_000);
    await Promise.all([
      markAnchoring(db, URL_, [{ id: row.id, start: 30, end: 35, orphan: false }]),
      updateReaderAnnotation(db, row.id, { body: 'check the figure', colour: 'blue' }, 2_000),
      markAnchoring(db, URL_, [{ id: row.id, start: 31, end: 36, orphan: false }]),
    ]);
    expect(await rowsTable(db).get(row.id)).toMatchObject({
      body: 'check the figure',
      colour: 'blue',
      start: 31,
      end: 36,
      orphan: false,
      modified: 2_000,
    });
  });
});
