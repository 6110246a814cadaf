import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnnotationRow } from '../../../src/shared/records';
import { DB_NAME, type NewsmarkDb, openNewsmarkDb } from '../../../src/store/db';
import { updateReaderAnnotation } from '../../../src/store/reader-annotations';
import { searchLibrary } from '../../../src/store/search';
import { foldForSearch } from '../../../src/store/search-fold';
import { INDEXED_WORD, MAX_WORDS_PER_ROW, wordsOf } from '../../../src/store/search-words';
import { indexUnindexedRows } from '../../../src/store/search-words-repair';
import { EN_URL, page, row, sampleLibrary, VI_URL } from './library.test-data';
import { rowsTable } from './rows-table';
import { freshTestDb } from './test-db';

let db: NewsmarkDb | undefined;
afterEach(() => db?.close());

/** Ids of the rows in the packs the word index holds for one exact word. */
const indexedIds = async (table: NewsmarkDb['packs'], word: string) =>
  (await table.where('words').equals(word).toArray()).flatMap((pack) => pack.ids);

describe('schema version 2 upgrade', () => {
  it('keeps every version-1 row, fills its words, and search finds it', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
    old.version(1).stores({
      pages: '&url, site, lastSeen',
      annotations: '&id, url, kind, origin, *tags, entityKey, [url+origin]',
      settings: '&key',
    });
    const { pages, annotations } = sampleLibrary();
    await old.table('pages').bulkAdd(pages);
    await old.table('annotations').bulkAdd(annotations);
    old.close();

    db = openNewsmarkDb({ indexedDB, IDBKeyRange });
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await rowsTable(db).toArray()).toEqual([...annotations].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.pages.orderBy('url').toArray()).toEqual(
      [...pages].sort((a, b) => a.url.localeCompare(b.url)),
    );
    // Every row got words: each is found under the first word of its quote.
    for (const annotation of annotations) {
      const first = wordsOf(annotation.quote)[0] ?? '';
      expect(await indexedIds(db.packs, first)).toContain(annotation.id);
    }
    expect(await db.pages.where('words').equals('nang').primaryKeys()).toEqual([VI_URL]);
    const { matches } = await searchLibrary(db, { query: 'truong thi mai' });
    expect(matches.get(VI_URL)?.annotationMatches).toBe(2);
    expect([...(await searchLibrary(db, { query: 'whitfield' })).matches.keys()]).toEqual([EN_URL]);
  });
});

describe('word index on writes', () => {
  it('fills words on add, put and update, without touching the caller’s object or showing on read', async () => {
    db = freshTestDb();
    const added = row(VI_URL, { kind: 'note', quote: 'Giải ngân chậm', body: 'Hỏi Sở Tài chính' });
    await rowsTable(db).add(added);
    expect(added).not.toHaveProperty('words');
    expect(await rowsTable(db).get(added.id)).toEqual(added);
    expect(await indexedIds(db.packs, 'chinh')).toEqual([added.id]);

    await rowsTable(db).update(added.id, { body: 'Gọi Kho bạc' } as never);
    expect(await indexedIds(db.packs, 'chinh')).toEqual([]);
    expect(await indexedIds(db.packs, 'kho')).toEqual([added.id]);
    expect(await indexedIds(db.packs, 'giai')).toEqual([added.id]);

    const replaced = { ...added, quote: 'Đà Nẵng', body: undefined } as AnnotationRow;
    await rowsTable(db).put(replaced);
    expect(await indexedIds(db.packs, 'kho')).toEqual([]);
    expect(await indexedIds(db.packs, 'da')).toEqual([added.id]);

    await db.pages.put(page(VI_URL, 'Thủ tướng chỉ đạo', 1));
    expect(await db.pages.where('words').equals('thu').primaryKeys()).toEqual([VI_URL]);
    expect(await db.pages.get(VI_URL)).toEqual(page(VI_URL, 'Thủ tướng chỉ đạo', 1));
  });

  it('re-indexes a reader note edited through updateReaderAnnotation', async () => {
    db = freshTestDb();
    const note = row(VI_URL, { kind: 'note', quote: 'giải ngân', body: 'cũ' });
    await rowsTable(db).add(note);
    await updateReaderAnnotation(db, note.id, { body: 'Hỏi lại Bộ Tài chính' }, 5_000);
    expect(await indexedIds(db.packs, 'bo')).toEqual([note.id]);
    expect(await indexedIds(db.packs, 'cu')).toEqual([]);
  });

  /** Puts a row straight into IndexedDB, in a pack of its own, as a writer that bypasses Dexie would. */
  const putAroundDexie = (indexedDB: IDBFactory, written: AnnotationRow) =>
    new Promise<void>((done, fail) => {
      const raw = indexedDB.open(DB_NAME);
      raw.onsuccess = () => {
        const tx = raw.result.transaction('packs', 'readwrite');
        tx.objectStore('packs').put({ url: written.url, part: 9, rows: [written] });
        tx.oncomplete = () => {
          raw.result.close();
          done();
        };
        tx.onerror = () => fail(tx.error);
      };
    });
  const settle = () => new Promise((done) => setTimeout(done, 20));

  it('indexes rows written around Dexie (no words) when asked, and then finds them, folded', async () => {
    const indexedDB = new IDBFactory();
    db = openNewsmarkDb({ indexedDB, IDBKeyRange });
    await db.pages.add(page(VI_URL, 'Giao ban quý', 1));
    await rowsTable(db).add(row(VI_URL, { kind: 'note', quote: 'chi tiêu', body: 'Hỏi Sở Kế hoạch' }));
    await putAroundDexie(
      indexedDB,
      row(VI_URL, { kind: 'note', quote: 'giải ngân', body: 'Hỏi lại Sở Tài chính' }),
    );
    // Search reads only the index: the row is found once it has words.
    expect((await searchLibrary(db, { query: 'so tai chinh' })).matches.size).toBe(0);
    expect(await indexUnindexedRows(db)).toBe(1);
    expect(await db.packs.where('words').equals(INDEXED_WORD).count()).toBe(2);
    expect(await indexUnindexedRows(db)).toBe(0);
    expect((await searchLibrary(db, { query: 'so tai chinh' })).matches.get(VI_URL)?.annotationMatches).toBe(
      1,
    );
    expect((await searchLibrary(db, { query: 'SO KE HOACH' })).matches.get(VI_URL)?.annotationMatches).toBe(
      1,
    );
    expect((await searchLibrary(db, { query: 'tai chinh ke hoach' })).matches.size).toBe(0);
  });

  it('indexes such rows when a connection opens', async () => {
    const indexedDB = new IDBFactory();
    db = openNewsmarkDb({ indexedDB, IDBKeyRange });
    await db.pages.add(page(VI_URL, 'Giao ban quý', 1));
    await settle();
    await putAroundDexie(
      indexedDB,
      row(VI_URL, { kind: 'note', quote: 'giải ngân', body: 'Hỏi lại Sở Tài chính' }),
    );
    db.close();
    const reopened = openNewsmarkDb({ indexedDB, IDBKeyRange, repairDelayMs: 0 });
    db = reopened;
    const indexed = () => reopened.packs.where('words').equals(INDEXED_WORD).count();
    for (let i = 0; i < 100 && (await indexed()) < 1; i++) await settle();
    expect(
      (await searchLibrary(reopened, { query: 'so tai chinh' })).matches.get(VI_URL)?.annotationMatches,
    ).toBe(1);
  });

  it('still finds a word past the per-row cap', async () => {
    db = freshTestDb();
    const words = Array.from({ length: MAX_WORDS_PER_ROW + 20 }, (_, i) => `w${i}x`);
    const long = row(EN_URL, { kind: 'note', quote: 'long note', body: words.join(' ') });
    await db.pages.add(page(EN_URL, 'Grid', 1));
    await rowsTable(db).add(long);
    const last = words[words.length - 1] ?? '';
    expect(await indexedIds(db.packs, last)).toEqual([]);
    expect((await searchLibrary(db, { query: last })).matches.get(EN_URL)?.annotationMatches).toBe(1);
  });
});

describe('search through the word index', () => {
  const vocabulary = ['Đà Nẵng', 'Hà Nội', 'ngân sách', 'Bộ trưởng', 'thuế', 'report', 'June', '12,5%', 'Sở'];

  /** Rows made of vocabulary words, spread over three pages, deterministic. */
  function generatedRows(): AnnotationRow[] {
    const urls = [VI_URL, EN_URL, 'https://third.example/a'];
    return Array.from({ length: 90 }, (_, i) => {
      const quote = [0, 1, 2].map((k) => vocabulary[(i * (k + 2) + k) % vocabulary.length]).join(' ');
      const kind = (['official', 'figure', 'note'] as const)[i % 3] ?? 'note';
      // Each kind with its own fields, as the stored-row schema asks.
      const own =
        kind === 'official'
          ? { name: quote, titles: [] }
          : kind === 'figure'
            ? { figureType: 'number' as const, value: null, unit: null }
            : {};
      return row(urls[i % urls.length] ?? VI_URL, { kind, quote, start: i, ...own });
    });
  }

  it('returns exactly the pages and counts a plain full-text filter gives, for whole-word queries', async () => {
    db = freshTestDb();
    const rows = generatedRows();
    await rowsTable(db).bulkAdd(rows);
    const queries = [
      'da nang',
      'nang',
      'ha noi thue',
      'bo truong',
      'ngan',
      'report june',
      '12,5%',
      'so',
      'xyz',
    ];
    for (const query of queries) {
      const terms = foldForSearch(query).split(' ');
      const expected = new Map<string, number>();
      for (const r of rows)
        if (terms.every((t) => foldForSearch(r.quote).includes(t)))
          expected.set(r.url, (expected.get(r.url) ?? 0) + 1);
      const { matches } = await searchLibrary(db, { query });
      const got = new Map([...matches].map(([url, m]) => [url, m.annotationMatches]));
      expect(got, query).toEqual(expected);
    }
  });

  it('matches the last word as a prefix while the reader types', async () => {
    db = freshTestDb();
    const { pages, annotations } = sampleLibrary();
    await db.pages.bulkAdd(pages);
    await rowsTable(db).bulkAdd(annotations);
    expect([...(await searchLibrary(db, { query: 'truong thi ma' })).matches.keys()]).toEqual([VI_URL]);
    expect([...(await searchLibrary(db, { query: 'whitf' })).matches.keys()]).toEqual([EN_URL]);
    expect([...(await searchLibrary(db, { query: 'partner' })).matches.keys()]).toEqual([EN_URL]);
  });
});
