import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../src/store/db';
import { searchLibrary } from '../../../src/store/search';
import { foldForSearch } from '../../../src/store/search-fold';
import { EN_URL, seededLibraryDb, VI_URL } from './library.test-data';

let db: NewsmarkDb;
afterEach(() => db?.close());

async function seeded(): Promise<NewsmarkDb> {
  db = await seededLibraryDb();
  return db;
}

const urls = async (filter: Parameters<typeof searchLibrary>[1]) =>
  [...(await searchLibrary(db, filter)).matches.keys()].sort();

describe('foldForSearch', () => {
  it('drops diacritics and case, folds đ to d, squeezes spaces', () => {
    expect(foldForSearch('  Trương   Thị Mai ')).toBe('truong thi mai');
    expect(foldForSearch('ĐÀ NẴNG')).toBe('da nang');
    expect(foldForSearch('Sở Tài chính')).toBe('so tai chinh');
  });
});

describe('searchLibrary', () => {
  it('finds an official by a folded name, on the right page only, with the matching rows', async () => {
    await seeded();
    const { matches } = await searchLibrary(db, { query: 'truong thi mai' });
    expect([...matches.keys()]).toEqual([VI_URL]);
    // Both mentions carry the name, the short one through its `name` field.
    expect(matches.get(VI_URL)?.annotationMatches).toBe(2);
    expect(matches.get(VI_URL)?.samples.map((r) => r.quote)).toEqual(['Bà Trương Thị Mai', 'bà Mai']);
  });

  it('matches titles, notes and quotes, every word required', async () => {
    await seeded();
    expect(await urls({ query: 'da nang' })).toEqual([VI_URL]);
    expect(await urls({ query: 'so tai chinh' })).toEqual([VI_URL]);
    expect(await urls({ query: 'utilities REPORT' })).toEqual([EN_URL]);
    expect(await urls({ query: 'utilities nang' })).toEqual([]);
  });

  it('lists every page for an empty query, and narrows by kind and tag', async () => {
    await seeded();
    expect(await urls({})).toEqual([EN_URL, VI_URL].sort());
    expect(await urls({ kind: 'directive' })).toEqual([EN_URL]);
    expect(await urls({ kind: 'note' })).toEqual([VI_URL]);
    expect(await urls({ tag: 'money' })).toEqual([VI_URL]);
    // The title matches but the page has no directive: filtered out.
    expect(await urls({ query: 'da nang', kind: 'directive' })).toEqual([]);
    expect(await urls({ query: 'whitfield', kind: 'official' })).toEqual([EN_URL]);
  });
});
