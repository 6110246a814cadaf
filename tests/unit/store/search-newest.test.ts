import { afterEach, describe, expect, it } from 'vitest';
import type { AnnotationRow, PageRecord } from '../../../src/shared/records';
import type { NewsmarkDb } from '../../../src/store/db';
import { pagesNewestFirst } from '../../../src/store/library';
import { type LibraryFilter, searchLibrary } from '../../../src/store/search';
import { searchNewestFirst } from '../../../src/store/search-newest';
import { page, row } from './library.test-data';
import { rowsTable } from './rows-table';
import { freshTestDb } from './test-db';

let db: NewsmarkDb;
afterEach(() => db?.close());

const url = (i: number) => `https://tin.example/bai-${i}`;

/** Enough rows holding "Sở Tài chính" for the walk (past 2,000 candidate rows). */
async function busyLibrary(pageCount: number, perPage: number, extra: AnnotationRow[] = []): Promise<void> {
  db = freshTestDb();
  const pages: PageRecord[] = [];
  const rows: AnnotationRow[] = [...extra];
  for (let i = 0; i < pageCount; i++) {
    pages.push(page(url(i), `Giao ban tuần ${i}`, 10_000 + i * 7));
    for (let k = 0; k < perPage; k++)
      rows.push(
        k % 3 === 0
          ? row(url(i), {
              kind: 'directive',
              quote: `Sở Tài chính phải báo cáo việc ${k}`,
              issuer: 'UBND tỉnh',
            })
          : row(url(i), {
              kind: 'note',
              quote: `đoạn ${k}`,
              body: `Hỏi lại Sở Tài chính lần ${k}`,
              colour: 'yellow',
            }),
      );
  }
  await db.pages.bulkAdd(pages);
  await rowsTable(db).bulkAdd(rows);
}

/** The first `limit` pages of the full search, newest first: what the walk must equal. */
async function fullFirst(filter: LibraryFilter, limit: number) {
  const { matches } = await searchLibrary(db, filter);
  const pages = await pagesNewestFirst(db, [...matches.keys()]);
  return { urls: pages.slice(0, limit).map((p) => p.url), matches, count: pages.length };
}

// Thousands of rows through fake-indexeddb: slower than the default five seconds on a busy machine.
describe('searchNewestFirst', { timeout: 60_000 }, () => {
  it('stops at the first screen of a common query, with the full search’s pages and samples', async () => {
    await busyLibrary(110, 20);
    for (const filter of [{ query: 'so tai chinh' }, { query: 'tai chinh', kind: 'directive' as const }]) {
      const result = await searchNewestFirst(db, filter, 5);
      const full = await fullFirst(filter, 5);
      expect(result.pages.map((p) => p.url)).toEqual(full.urls);
      expect(result.complete).toBe(false);
      expect(result.matched).toBeGreaterThan(5);
      expect(result.matched).toBeLessThan(full.count);
      for (const shown of full.urls) expect(result.matches.get(shown)).toEqual(full.matches.get(shown));
    }
  });

  it('counts every match when the query is rare, and finds pages by title alone', async () => {
    await busyLibrary(110, 20, [
      row(url(3), { kind: 'official', quote: 'Ông Lò Văn Pả', name: 'Lò Văn Pả', titles: [] }),
    ]);
    const rare = await searchNewestFirst(db, { query: 'lo van pa' }, 5);
    expect(rare).toMatchObject({ complete: true, matched: 1 });
    expect(rare.pages.map((p) => p.url)).toEqual([url(3)]);
    const titled = await searchNewestFirst(db, { query: 'tuan 7 tai chinh' }, 5);
    expect(titled.pages.map((p) => p.url)).toEqual((await fullFirst({ query: 'tuan 7 tai chinh' }, 5)).urls);
  });

  it('gives the full search’s answer when the many candidates sit on a few old pages', async () => {
    await busyLibrary(2, 1_100);
    const newer: PageRecord[] = [];
    const quiet: AnnotationRow[] = [];
    // More rows on newer pages than the walk reads before it turns to the index.
    for (let i = 100; i < 350; i++) {
      newer.push(page(url(i), `Tin ngắn ${i}`, 90_000 + i));
      for (let k = 0; k < 20; k++)
        quiet.push(row(url(i), { kind: 'official', quote: `Ông Bế ${k}`, name: `Bế ${k}`, titles: [] }));
    }
    await db.pages.bulkAdd(newer);
    await rowsTable(db).bulkAdd(quiet);
    const result = await searchNewestFirst(db, { query: 'so tai chinh' }, 5);
    expect(result).toMatchObject({ complete: true, matched: 2 });
    expect(result.pages.map((p) => p.url)).toEqual((await fullFirst({ query: 'so tai chinh' }, 5)).urls);
  });
});
