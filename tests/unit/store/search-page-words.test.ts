import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../popup/library-query';
import type { AnnotationRow, PageRecord } from '../../../src/shared/records';
import { DB_NAME, type NewsmarkDb, openNewsmarkDb } from '../../../src/store/db';
import { pageWordsKey } from '../../../src/store/derived-keys';
import { countRows, summarisePages } from '../../../src/store/library';
import { replaceAutoAnnotations } from '../../../src/store/queries';
import { searchNewestFirst } from '../../../src/store/search-newest';
import { admittedBy, linesRowsAre, pageWordsOf, readPageWords } from '../../../src/store/search-page-words';
import { MAX_WORDS_PER_ROW } from '../../../src/store/search-words';
import { page, row } from './library.test-data';
import { rowsTable } from './rows-table';
import { freshTestDb } from './test-db';

let db: NewsmarkDb;
afterEach(() => db?.close());

const URL_A = 'https://tin.example/giao-ban';

function sample(): { page: PageRecord; rows: AnnotationRow[] } {
  return {
    page: page(URL_A, 'Giao ban ngân sách quý', 5_000),
    rows: [
      row(URL_A, { kind: 'official', quote: 'Ông Hoàng Văn Nam', name: 'Hoàng Văn Nam', titles: [] }),
      row(URL_A, { kind: 'official', quote: 'Bà Lê Thị Hoa', name: 'Lê Thị Hoa', titles: ['Giám đốc'] }),
      row(URL_A, { kind: 'note', quote: 'giải ngân', body: 'Hỏi lại Sở Tài chính', colour: 'yellow' }),
    ],
  };
}

describe('a page’s stored search words', () => {
  it('admit the rows that hold every query word as a word’s start, folded', () => {
    const { page: p, rows } = sample();
    const stored = pageWordsOf(p, rows).lines;
    expect(admittedBy(stored, ['hoang', 'van'])).toEqual({ title: false, rows: [rows[0]?.id] });
    expect(admittedBy(stored, ['tai', 'chin'])).toEqual({ title: false, rows: [rows[2]?.id] });
    expect(admittedBy(stored, ['ngan', 'sach'])).toEqual({ title: true, rows: [] });
  });

  it('admit nothing when the words sit on different rows or only inside words', () => {
    const { page: p, rows } = sample();
    const stored = pageWordsOf(p, rows).lines;
    // "hoang" is on one row, "thi" on another: no single row holds both.
    expect(admittedBy(stored, ['hoang', 'thi'])).toEqual({ title: false, rows: [] });
    // "oang" is inside "hoang", never a word's start: the index would not return it either.
    expect(admittedBy(stored, ['oang'])).toEqual({ title: false, rows: [] });
    expect(admittedBy(stored, ['whitfield'])).toEqual({ title: false, rows: [] });
  });

  it('admit a row whose words overflowed the index cap, whatever the query', () => {
    const long = Array.from({ length: MAX_WORDS_PER_ROW + 5 }, (_, i) => `từ${i}`).join(' ');
    const noted = row(URL_A, { kind: 'note', quote: 'ghi chú', body: long, colour: 'yellow' });
    const stored = pageWordsOf(page(URL_A, 'Tin', 1), [noted]).lines;
    expect(admittedBy(stored, ['whitfield']).rows).toEqual([noted.id]);
  });
});

describe('a page’s stored counts and row ids', () => {
  it('count as the library counts the rows: officials once per name, reader rows apart', () => {
    const { page: p, rows } = sample();
    const again = row(URL_A, { kind: 'official', quote: 'ông Nam', name: 'Hoàng Văn Nam', titles: [] });
    const words = pageWordsOf(p, [...rows, again]);
    expect({ counts: words.counts, readerCount: words.readerCount }).toEqual({
      counts: { official: 2, figure: 0, directive: 0 },
      readerCount: 1,
    });
    expect(countRows([...rows, again])).toEqual({ counts: words.counts, readerCount: words.readerCount });
  });

  it('tell whether the lines are those of exactly these rows', () => {
    const { page: p, rows } = sample();
    const { lines } = pageWordsOf(p, rows);
    const ids = rows.map((r) => r.id);
    expect(linesRowsAre(lines, [...ids].reverse())).toBe(true);
    expect(linesRowsAre(lines, [...ids, 'added-around-dexie'])).toBe(false);
    expect(linesRowsAre(lines, ids.slice(1))).toBe(false);
    expect(linesRowsAre(lines, [...ids.slice(1), 'other'])).toBe(false);
  });
});

describe('searchNewestFirst with stored words', () => {
  async function library(pageCount: number, indexedDB = new IDBFactory()): Promise<void> {
    db = openNewsmarkDb({ indexedDB, IDBKeyRange });
    const pages: PageRecord[] = [];
    const rows: AnnotationRow[] = [];
    for (let i = 0; i < pageCount; i++) {
      const url = `https://tin.example/bai-${i}`;
      pages.push(page(url, `Tin ngắn ${i}`, 1_000 + i));
      // Every page names a Hoàng and a Văn, on different rows; one in five names Hoàng Văn Nam.
      rows.push(row(url, { kind: 'official', quote: 'Ông Hoàng Minh', name: 'Hoàng Minh', titles: [] }));
      rows.push(row(url, { kind: 'official', quote: 'Ông Vũ Văn Bình', name: 'Vũ Văn Bình', titles: [] }));
      if (i % 5 === 0)
        rows.push(
          row(url, { kind: 'official', quote: 'Ông Hoàng Văn Nam', name: 'Hoàng Văn Nam', titles: [] }),
        );
    }
    await db.pages.bulkAdd(pages);
    await rowsTable(db).bulkAdd(rows);
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('stores the words of the pages it read whole, and answers the same from them', async () => {
    // Past RARE rows per word, so the walk (not the rare-word lookup) answers.
    await library(300);
    const first = await searchNewestFirst(db, { query: 'hoang van' }, 5);
    await settle();
    const newest = 'https://tin.example/bai-299';
    expect((await readPageWords(db, [newest]))[0]?.lines).toContain('hoang');
    const again = await searchNewestFirst(db, { query: 'hoang van' }, 5);
    expect(again.pages.map((p) => p.url)).toEqual(first.pages.map((p) => p.url));
    expect(again.pages.map((p) => p.url)).toEqual(
      [295, 290, 285, 280, 275].map((i) => `https://tin.example/bai-${i}`),
    );
    expect(again.matches.get('https://tin.example/bai-295')?.annotationMatches).toBe(1);
    expect(again.complete).toBe(false);
    expect(again.matched).toBeGreaterThan(5);
  });

  it('drops a page’s words on a write to its rows, so a new row is found', async () => {
    await library(300);
    await searchNewestFirst(db, { query: 'hoang van' }, 5);
    await settle();
    const url = 'https://tin.example/bai-298';
    await rowsTable(db).add(
      row(url, { kind: 'official', quote: 'Ông Hoàng Văn Tú', name: 'Hoàng Văn Tú', titles: [] }),
    );
    expect(await db.derived.get(pageWordsKey(url))).toBeUndefined();
    const after = await searchNewestFirst(db, { query: 'hoang van' }, 5);
    expect(after.pages[0]?.url).toBe(url);
  });

  it('list the found pages with the counts their rows give, reading none of them again', async () => {
    await library(300);
    await loadLibrary(db, { query: 'hoang van' }, 5);
    await settle();
    const listed = await loadLibrary(db, { query: 'hoang van' }, 5);
    expect(listed.entries).toHaveLength(5);
    const read = await summarisePages(
      db,
      listed.entries.map((e) => e.page),
    );
    expect(listed.entries.map(({ match: _match, ...entry }) => entry)).toEqual(read);
  });

  it('find at once a row added around Dexie to a newest page, whose stored words lack it', async () => {
    const indexedDB = new IDBFactory();
    await library(300, indexedDB);
    await searchNewestFirst(db, { query: 'so tai chinh' }, 5);
    await settle();
    const url = 'https://tin.example/bai-297';
    expect(await db.derived.get(pageWordsKey(url))).toBeDefined();
    const note = row(url, {
      kind: 'note',
      quote: 'giải ngân',
      body: 'Hỏi lại Sở Tài chính',
      colour: 'yellow',
    });
    await new Promise<void>((done, fail) => {
      const raw = indexedDB.open(DB_NAME);
      raw.onsuccess = () => {
        // A pack of its own, without index fields, as a writer around Dexie would leave it.
        const tx = raw.result.transaction('packs', 'readwrite');
        tx.objectStore('packs').put({ url: note.url, part: 99, rows: [note] });
        tx.oncomplete = () => {
          raw.result.close();
          done();
        };
        tx.onerror = () => fail(tx.error);
      };
    });
    // The stored words were left as they were: only the row keys tell.
    expect(await db.derived.get(pageWordsKey(url))).toBeDefined();
    const found = await loadLibrary(db, { query: 'so tai chinh' }, 5);
    expect(found.entries.map((e) => e.page.url)).toEqual([url]);
    expect(found.entries[0]?.readerCount).toBe(1);
  });

  it('read a page whole when its words were stored without counts, then store them with', async () => {
    await library(300);
    const url = 'https://tin.example/bai-299';
    await db.derived.put({ key: pageWordsKey(url), value: 'tin ngan 299 tin example' });
    expect((await readPageWords(db, [url]))[0]).toBeUndefined();
    const found = await searchNewestFirst(db, { query: 'hoang minh' }, 3);
    expect(found.pages[0]?.url).toBe(url);
    await settle();
    expect((await readPageWords(db, [url]))[0]?.counts.official).toBe(2);
  });

  it('are written with a visit, reader rows included', async () => {
    db = freshTestDb();
    const { page: p, rows } = sample();
    await rowsTable(db).add(rows[2] as AnnotationRow);
    await replaceAutoAnnotations(db, p, []);
    const stored = (await readPageWords(db, [URL_A]))[0]?.lines ?? '';
    expect(admittedBy(stored, ['tai', 'chinh']).rows).toEqual([rows[2]?.id]);
  });
});

describe('admittedBy against splitting every line', () => {
  /** The rule as stated: a line admits when each query word starts one of its words. */
  function byLines(stored: string, words: readonly string[]): { title: boolean; rows: string[] } {
    const holds = (line: string) => words.every((word) => line.split(' ').some((w) => w.startsWith(word)));
    const [title = '', ...lines] = stored.split('\n');
    const rows = lines
      .filter((line) => holds(line.slice(line.indexOf('\t') + 1)))
      .map((line) => line.slice(0, line.indexOf('\t')));
    return { title: holds(title), rows };
  }

  it('agrees on lines where a query word is also inside a word, an id, or repeated', () => {
    const vocabulary = ['hoang', 'van', 'vanh', 'ahoang', 'nam', 'tai', 'chinh', 'hoa', 'an'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const words = (n: number) =>
      Array.from({ length: n }, () => vocabulary[next(vocabulary.length)]).join(' ');
    for (let trial = 0; trial < 300; trial++) {
      // Ids that hold query words, and one with a space: only the words past the tab count.
      const lines = [words(1 + next(4))];
      for (let r = 0; r < next(6); r++)
        lines.push(`${['hoang-1', 'x van', 'r'][next(3)]}${r}\t${words(next(5))}`);
      const stored = lines.join('\n');
      const query = [
        vocabulary[next(vocabulary.length)] as string,
        vocabulary[next(vocabulary.length)] as string,
      ];
      for (const q of [query, query.slice(0, 1)]) expect(admittedBy(stored, q)).toEqual(byLines(stored, q));
    }
  });
});
