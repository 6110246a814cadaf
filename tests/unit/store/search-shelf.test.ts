import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnnotationRow, PageRecord } from '../../../src/shared/records';
import { deleteRowsOfPageOrigin } from '../../../src/store/annotation-rows';
import { type NewsmarkDb, openNewsmarkDb } from '../../../src/store/db';
import { PAGE_WORDS_END, PAGE_WORDS_PREFIX, SHELF_HEAD_KEY } from '../../../src/store/derived-keys';
import { newestFirst } from '../../../src/store/library';
import { type NewAutoRow, replaceAutoAnnotations } from '../../../src/store/queries';
import { indexAdmits, queryIndexWords } from '../../../src/store/search-candidates';
import { matchesAllTerms, queryTerms } from '../../../src/store/search-fold';
import {
  type LibraryFilter,
  type PageMatch,
  pageText,
  passesFilter,
  searchableText,
} from '../../../src/store/search-match';
import { searchNewestFirst } from '../../../src/store/search-newest';
import { MAX_STALE, type ShelfHead, Shelves } from '../../../src/store/search-shelf';
import { WARM_SHELVES, warmSearch } from '../../../src/store/search-warm';
import { page, row } from './library.test-data';
import { rowsTable } from './rows-table';
import { freshTestDb } from './test-db';

let db: NewsmarkDb;
afterEach(() => db?.close());

const url = (i: number) => `https://tin.example/bai-${i}`;
const FAMILY = ['Hoàng', 'Trần', 'Lê', 'Phạm', 'Vũ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc'];
const GIVEN = ['An', 'Bình', 'Sơn', 'Lan', 'Khoa', 'Mai', 'Nam'];

/** Invented rows: officials whose names share common words, orders to offices, figures, reader notes. */
function rowsOf(i: number): AnnotationRow[] {
  const name = (k: number) =>
    `${FAMILY[(i + k) % 5]} ${MIDDLE[(i * 3 + k) % 4]} ${GIVEN[(i * 7 + k) % GIVEN.length]}`;
  const rows = [0, 1, 2].map((k) =>
    row(url(i), { kind: 'official', quote: `Giám đốc ${name(k)}`, name: name(k), titles: ['Giám đốc'] }),
  );
  rows.push(
    row(url(i), {
      kind: 'directive',
      quote: `Ông ${name(3)} yêu cầu ${i % 3 ? 'Bộ Xây dựng' : 'Sở Tài chính'} rà soát`,
      issuer: name(3),
    }),
    row(url(i), { kind: 'figure', quote: `${i} tỷ đồng`, value: i * 1e9, unit: 'VND', figureType: 'money' }),
  );
  if (i % 5 === 0)
    rows.push(
      row(url(i), {
        kind: 'note',
        quote: 'giải ngân',
        body: `Hỏi lại Sở Tài chính lần ${i}`,
        colour: 'yellow',
      }),
    );
  return rows;
}

/** A visit's automatic rows for page i, as the engine gives them. */
const autoRowsOf = (i: number) => rowsOf(i).filter((r) => r.origin === 'auto') as NewAutoRow[];

/** Pages visited a minute apart, some at the same time (ties sort by url, as the index does). */
async function library(count: number, open = freshTestDb): Promise<void> {
  db = open();
  const pages: PageRecord[] = [];
  for (let i = 0; i < count; i++)
    pages.push(
      page(
        url(i),
        i % 11 ? `Họp báo số ${i}` : `Hoàng Văn ${i} nhận nhiệm vụ`,
        60_000 * (i - (i % 4 === 1 ? 1 : 0)),
      ),
    );
  await db.pages.bulkAdd(pages);
  await rowsTable(db).bulkAdd(pages.flatMap((_, i) => rowsOf(i)));
}

/** Every row and page folded and matched, no index, no stored words: what a search must show. */
async function bruteForce(
  filter: LibraryFilter,
): Promise<{ urls: string[]; matches: Map<string, PageMatch> }> {
  const terms = queryTerms(filter.query ?? '');
  const words = queryIndexWords(terms);
  const hit = (text: string) => matchesAllTerms(text, terms) && indexAdmits(text, words);
  const [pages, rows] = await Promise.all([db.pages.toArray(), rowsTable(db).toArray()]);
  const matches = new Map<string, PageMatch>();
  for (const p of pages) {
    const own = rows.filter((r) => r.url === p.url);
    const hits = own.filter((r) => passesFilter(r, filter) && hit(searchableText(r)));
    const titled = hit(pageText(p));
    const filtered = Boolean(filter.kind || filter.tag);
    if (hits.length > 0 || (titled && (!filtered || own.some((r) => passesFilter(r, filter)))))
      matches.set(p.url, {
        titleMatched: titled,
        samples: hits.sort((a, b) => a.start - b.start).slice(0, 3),
        annotationMatches: hits.length,
      });
  }
  const urls = pages
    .filter((p) => matches.has(p.url))
    .sort(newestFirst)
    .map((p) => p.url);
  return { urls, matches };
}

async function expectExact(filter: LibraryFilter, limit: number): Promise<void> {
  const [result, full] = await Promise.all([searchNewestFirst(db, filter, limit), bruteForce(filter)]);
  expect(result.pages.map((p) => p.url)).toEqual(full.urls.slice(0, limit));
  for (const shown of result.pages)
    expect(result.matches.get(shown.url)).toEqual(full.matches.get(shown.url));
  if (result.complete) expect(result.matched).toBe(full.urls.length);
  else expect(result.matched).toBeGreaterThan(limit);
}

const head = async () => (await db.derived.get(SHELF_HEAD_KEY))?.value as ShelfHead | undefined;

/** The shelves are stored from a later task once a search is done. */
async function shelvesStored(): Promise<ShelfHead> {
  for (let waited = 0; waited < 5_000; waited += 20) {
    const stored = await head();
    if (stored && stored.stale.length === 0) return stored;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no shelves stored');
}

const QUERIES: LibraryFilter[] = [
  { query: 'hoang van' },
  { query: 'HOÀNG  Văn' },
  { query: 'so tai chinh' },
  { query: 'hoi lai' },
  { query: 'tai chinh', kind: 'directive' },
  { query: 'hoang van', kind: 'official' },
  { query: 'vu quoc son' },
  { query: 'nhiem vu' },
  { query: 'whitfield' },
];

// Thousands of rows through fake-indexeddb: slower than the default five seconds on a busy machine.
describe('the search shelves', { timeout: 120_000 }, () => {
  it('give the brute-force answer before and after they are stored, accents folded', async () => {
    await library(260);
    await searchNewestFirst(db, { query: 'hoang van' }, 30);
    expect((await shelvesStored()).shelves).toBeGreaterThan(1);
    for (const filter of QUERIES) for (const limit of [5, 30]) await expectExact(filter, limit);
  });

  it('give the pages newest first, written pages at their new place, deleted ones gone', async () => {
    await library(120);
    await searchNewestFirst(db, { query: 'hoang van' }, 30);
    await shelvesStored();
    const moved = (await db.pages.get(url(3))) as PageRecord;
    await replaceAutoAnnotations(db, moved, autoRowsOf(3), 10_000_000);
    await db.pages.delete(url(118));
    await db.pages.put(page(url(500), 'Hoàng Văn mới', 60_000 * 118 + 30_000));
    expect((await head())?.stale.sort()).toEqual([url(118), url(3), url(500)].sort());
    const shelves = await Shelves.open(db);
    const given: string[] = [];
    for (let pages = await shelves.next(); pages.length > 0; pages = await shelves.next())
      given.push(...pages.map((p) => p.url));
    const all = (await db.pages.toArray()).sort(newestFirst).map((p) => p.url);
    expect(given).toEqual(all.slice(0, given.length));
    expect(given[0]).toBe(url(3));
    expect(given).toContain(url(500));
    expect(given).not.toContain(url(118));
    // A write of a whole range (clearing a table) drops them.
    await rowsTable(db).clear();
    expect(await head()).toBeUndefined();
  });

  it('answer as the brute force after visits, new pages, deletes and new notes', async () => {
    await library(200);
    await searchNewestFirst(db, { query: 'so tai chinh' }, 30);
    await shelvesStored();
    const moved = (await db.pages.get(url(40))) as PageRecord;
    await replaceAutoAnnotations(db, moved, autoRowsOf(40), 20_000_000);
    await db.pages.put(page(url(900), 'Hoàng Văn Sơn đến thăm', 60_000 * 150));
    await rowsTable(db).add(
      row(url(150), {
        kind: 'note',
        quote: 'vốn',
        body: 'Hoàng Văn nói gì về Sở Tài chính?',
        colour: 'blue',
      }),
    );
    await deleteRowsOfPageOrigin(db, url(199), 'auto');
    await deleteRowsOfPageOrigin(db, url(199), 'reader');
    await db.pages.delete(url(199));
    for (const filter of QUERIES) await expectExact(filter, 30);
  });

  it('find at once a row written around Dexie on a newest page, without index words', async () => {
    await library(150);
    await searchNewestFirst(db, { query: 'hoi lai' }, 30);
    await shelvesStored();
    const raw = row(url(148), {
      kind: 'note',
      quote: 'đầu tư',
      body: 'Hỏi lại Hoàng Văn Bình',
      colour: 'green',
    });
    await new Promise<void>((done, fail) => {
      // A pack of its own, without index fields, as a writer around Dexie would leave it.
      const tx = db.backendDB().transaction('packs', 'readwrite');
      tx.objectStore('packs').put({ url: raw.url, part: 99, rows: [raw] });
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    const result = await searchNewestFirst(db, { query: 'hoi lai hoang van binh' }, 30);
    expect(result.pages.map((p) => p.url)).toEqual([url(148)]);
    for (const filter of [{ query: 'hoi lai' }, { query: 'hoang van binh' }]) await expectExact(filter, 30);
  });

  it('go once more pages were written than the head lists, and come back with the next search', async () => {
    await library(100);
    await searchNewestFirst(db, { query: 'hoang van' }, 30);
    await shelvesStored();
    for (let i = 0; i <= MAX_STALE; i++)
      await db.pages.put(page(url(1_000 + i), `Tin thêm ${i}`, 60_000 * 200 + i));
    expect(await head()).toBeUndefined();
    await expectExact({ query: 'hoang van' }, 30);
    await shelvesStored();
    await expectExact({ query: 'tin them' }, 30);
  });

  it('are built by the warm before any search, and answer as the brute force', async () => {
    await library(260);
    await warmSearch(db);
    expect((await head())?.shelves).toBe(WARM_SHELVES);
    // The pages' own words are stored after the shelves, from a later task.
    const words = () => db.derived.where('key').between(PAGE_WORDS_PREFIX, PAGE_WORDS_END).count();
    for (let waited = 0; waited < 5_000 && (await words()) < 224; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await words()).toBe(224);
    for (const filter of QUERIES) for (const limit of [5, 30]) await expectExact(filter, limit);
    // Warm again: they serve as they are, nothing is built anew.
    const set = (await head())?.set;
    await warmSearch(db);
    expect((await head())?.set).toBe(set);
  });

  it('give the brute-force answer to searches typed while the warm builds them, or after a write', async () => {
    await library(260);
    const warming = warmSearch(db);
    await Promise.all([expectExact({ query: 'hoang van' }, 30), expectExact({ query: 'so tai chinh' }, 5)]);
    await warming;
    // A write while it builds: nothing stored (it would miss the write), the answers still right.
    const again = warmSearch(db);
    await db.pages.put(page(url(700), 'Hoàng Văn vừa đến', 60_000 * 300));
    await again;
    for (const filter of QUERIES) await expectExact(filter, 30);
  });

  it('kept in memory give way to a set another connection stored since', async () => {
    const indexedDB = new IDBFactory();
    const open = () => openNewsmarkDb({ indexedDB, IDBKeyRange });
    await library(200, open);
    await warmSearch(db);
    const other = open();
    try {
      for (let i = 0; i <= MAX_STALE; i++)
        await other.pages.put(page(url(1_000 + i), `Hoàng Văn thêm ${i}`, 60_000 * 300 + i));
      await warmSearch(other);
      expect((await head())?.shelves).toBe(WARM_SHELVES);
      for (const filter of QUERIES) await expectExact(filter, 30);
    } finally {
      other.close();
    }
  });
});
