import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../src/store/db';
import { allTags, deleteLibraryPage, listLibrary } from '../../../src/store/library';
import { readPaintSettings, setPaintCategory } from '../../../src/store/library-settings';
import { EN_URL, seededLibraryDb, VI_URL } from './library.test-data';
import { rowsTable } from './rows-table';
import { freshTestDb } from './test-db';

let db: NewsmarkDb;
afterEach(() => db?.close());

async function seeded(): Promise<NewsmarkDb> {
  db = await seededLibraryDb();
  return db;
}

describe('listLibrary', () => {
  it('lists pages newest visit first with counts per kind (officials once per person)', async () => {
    await seeded();
    const { entries, total } = await listLibrary(db);
    expect(total).toBe(2);
    expect(entries.map((e) => e.page.url)).toEqual([EN_URL, VI_URL]);
    expect(entries[1]).toMatchObject({ counts: { official: 1, figure: 1, directive: 0 }, readerCount: 1 });
    expect(entries[0]).toMatchObject({ counts: { official: 1, figure: 0, directive: 1 }, readerCount: 0 });
  });

  it('lists the newest pages first up to a limit, counting all', async () => {
    await seeded();
    const { entries, total } = await listLibrary(db, 1);
    expect(entries.map((e) => e.page.url)).toEqual([EN_URL]);
    expect(total).toBe(2);
  });

  it('collects the tags in use', async () => {
    await seeded();
    expect(await allTags(db)).toEqual(['directive', 'figure', 'money', 'official']);
  });
});

describe('deleteLibraryPage', () => {
  it('keeps the reader’s rows and the page unless asked to delete them too', async () => {
    await seeded();
    expect(await deleteLibraryPage(db, VI_URL, { withReaderRows: false })).toBe(3);
    expect((await rowsTable(db).ofPage(VI_URL)).map((r) => r.origin)).toEqual(['reader']);
    expect(await db.pages.get(VI_URL)).toBeDefined();
    expect(await deleteLibraryPage(db, VI_URL, { withReaderRows: true })).toBe(1);
    expect(await db.pages.get(VI_URL)).toBeUndefined();
    expect(await rowsTable(db).ofPage(EN_URL)).toHaveLength(2);
  });

  it('removes a page without reader rows at once', async () => {
    await seeded();
    await deleteLibraryPage(db, EN_URL, { withReaderRows: false });
    expect(await db.pages.get(EN_URL)).toBeUndefined();
    expect(await rowsTable(db).ofPage(EN_URL)).toHaveLength(0);
  });
});

describe('paint settings', () => {
  it('defaults to every category shown and stores one switch at a time', async () => {
    db = freshTestDb();
    expect(await readPaintSettings(db)).toEqual({
      official: true,
      figure: true,
      directive: true,
      reader: true,
    });
    await setPaintCategory(db, 'figure', false);
    await setPaintCategory(db, 'directive', false);
    await setPaintCategory(db, 'directive', true);
    expect(await db.settings.get('paint')).toEqual({
      key: 'paint',
      value: { official: true, figure: false, directive: true, reader: true },
    });
  });
});
