import { afterEach, describe, expect, it } from 'vitest';
import type { PageInput } from '../../../src/shared/messages';
import type { AnnotationRow } from '../../../src/shared/records';
import type { NewsmarkDb } from '../../../src/store/db';
import {
  annotationById,
  annotationsForPage,
  type NewAutoRow,
  pageByUrl,
  replaceAutoAnnotations,
} from '../../../src/store/queries';
import { rowsTable } from './rows-table';
import { freshTestDb } from './test-db';

const PAGE: PageInput = {
  url: 'https://news.example/a',
  canonicalUrl: null,
  title: 'A title',
  site: 'News',
  lang: 'en',
  published: '2024-01-04',
  byline: null,
};

function autoRow(start: number, end: number, quote = 'x'.repeat(end - start)): NewAutoRow {
  return {
    kind: 'figure',
    quote,
    start,
    end,
    selectors: [{ type: 'TextPositionSelector', start, end }],
    tags: ['figure'],
    entityKey: null,
    figureType: 'number',
    value: 1,
    unit: null,
  };
}

function readerNote(url: string): AnnotationRow {
  return {
    id: 'reader-1',
    url,
    kind: 'note',
    origin: 'reader',
    quote: 'kept',
    start: 3,
    end: 7,
    selectors: [],
    tags: [],
    entityKey: null,
    body: 'my note',
    created: 1,
    modified: 1,
  };
}

let db: NewsmarkDb;
afterEach(() => db?.close());

describe('replaceAutoAnnotations', () => {
  it('stores the page and its rows, keeping firstSeen on a later visit', async () => {
    db = freshTestDb();
    await replaceAutoAnnotations(db, PAGE, [autoRow(0, 2)], 100);
    await replaceAutoAnnotations(db, { ...PAGE, title: 'Edited' }, [autoRow(4, 6)], 200);
    const page = await pageByUrl(db, PAGE.url);
    expect(page).toMatchObject({ title: 'Edited', firstSeen: 100, lastSeen: 200 });
    const rows = await annotationsForPage(db, PAGE.url);
    expect(rows.map((r) => [r.start, r.end, r.origin])).toEqual([[4, 6, 'auto']]);
    expect(rows[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads one annotation by its id, and nothing for an id no longer stored', async () => {
    db = freshTestDb();
    await rowsTable(db).add(readerNote(PAGE.url));
    expect(await annotationById(db, 'reader-1')).toMatchObject({ id: 'reader-1', url: PAGE.url });
    expect(await annotationById(db, 'gone')).toBeUndefined();
  });

  it('never touches reader annotations or other pages', async () => {
    db = freshTestDb();
    await rowsTable(db).add(readerNote(PAGE.url));
    const other = { ...PAGE, url: 'https://news.example/b' };
    await replaceAutoAnnotations(db, other, [autoRow(0, 1)]);
    await replaceAutoAnnotations(db, PAGE, [autoRow(0, 2), autoRow(10, 12)]);
    await replaceAutoAnnotations(db, PAGE, []);
    const rows = await annotationsForPage(db, PAGE.url);
    expect(rows.map((r) => r.id)).toEqual(['reader-1']);
    expect(await annotationsForPage(db, other.url)).toHaveLength(1);
  });

  it('ends two concurrent replaces of one page with exactly one visit’s rows', async () => {
    db = freshTestDb();
    const first = [autoRow(0, 1), autoRow(2, 3)];
    const second = [autoRow(5, 6), autoRow(7, 8), autoRow(9, 10)];
    await Promise.all([replaceAutoAnnotations(db, PAGE, first), replaceAutoAnnotations(db, PAGE, second)]);
    const starts = (await annotationsForPage(db, PAGE.url)).map((r) => r.start);
    expect([
      [0, 2],
      [5, 7, 9],
    ]).toContainEqual(starts);
  });

  it('leaves the old state whole when the transaction fails half-way', async () => {
    db = freshTestDb();
    await replaceAutoAnnotations(db, PAGE, [autoRow(0, 2)], 100);
    // A row that cannot be cloned makes bulkAdd fail after the delete has run.
    const broken = { ...autoRow(3, 4), body: () => 'not cloneable' } as unknown as NewAutoRow;
    await expect(replaceAutoAnnotations(db, PAGE, [autoRow(1, 2), broken], 200)).rejects.toThrow();
    expect((await annotationsForPage(db, PAGE.url)).map((r) => r.start)).toEqual([0]);
    expect((await pageByUrl(db, PAGE.url))?.lastSeen).toBe(100);
  });
});
