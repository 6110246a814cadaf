import { afterEach, describe, expect, it } from 'vitest';
import type { AnnotationRow } from '../../../src/shared/records';
import { readAllRows } from '../../../src/store/backup';
import { mergeImport, rehomedId } from '../../../src/store/backup-merge';
import type { NewsmarkDb } from '../../../src/store/db';
import { page, readerRow, row, sampleLibrary, VI_URL } from './library.test-data';
import { rowsTable } from './rows-table';
import { freshTestDb, storedRow } from './test-db';

/** A figure row's own fields: every stored figure has them. */
const FIGURE = { kind: 'figure', figureType: 'percent', value: 5, unit: 'percent' } as const;

let db: NewsmarkDb;
afterEach(() => db?.close());

const byId = (rows: AnnotationRow[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** Makes every write to `annotations` fail as a full disk does, below Dexie's transaction. */
function failWritesWithQuota(target: NewsmarkDb): void {
  target.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return name !== 'packs'
          ? table
          : {
              ...table,
              mutate: (request) =>
                request.type === 'put' || request.type === 'add'
                  ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
                  : table.mutate(request),
            };
      },
    }),
  });
}

describe('mergeImport', () => {
  it('restores a backup into an empty database row for row', async () => {
    const source = freshTestDb();
    const { pages, annotations } = sampleLibrary();
    await source.pages.bulkAdd(pages);
    await rowsTable(source).bulkAdd(annotations);
    const backup = JSON.parse(JSON.stringify(await readAllRows(source)));
    source.close();
    // Rows by page, then by id, as the file always listed them (the url index is gone since version 5).
    const order = (rows: AnnotationRow[]) => rows.map((r) => `${r.url} ${r.id}`);
    expect(order(backup.annotations)).toEqual(order(annotations).sort());

    db = freshTestDb();
    const summary = await mergeImport(db, backup.pages, backup.annotations);
    expect(summary).toMatchObject({ pagesAdded: 2, annotationsAdded: annotations.length });
    const restored = await readAllRows(db);
    expect(restored.pages).toEqual(backup.pages);
    expect(byId(restored.annotations)).toEqual(byId(annotations));
    // A second import of the same file changes nothing.
    expect(await mergeImport(db, backup.pages, backup.annotations)).toEqual({
      pagesAdded: 0,
      pagesUpdated: 0,
      annotationsAdded: 0,
      annotationsUpdated: 0,
      annotationsKept: annotations.length,
    });
  });

  it('keeps the earliest firstSeen, the newer row by modified, and reader rows over auto rows', async () => {
    db = freshTestDb();
    const note = readerRow(VI_URL, { kind: 'note', quote: 'q', body: 'mine, newer', modified: 5_000 });
    const figure = row(VI_URL, { ...FIGURE, quote: '5%', modified: 1_000 });
    await db.pages.add(page(VI_URL, 'Stored', 4_000, { firstSeen: 3_000 }));
    await rowsTable(db).bulkAdd([note, figure]);

    const summary = await mergeImport(
      db,
      [page(VI_URL, 'Imported', 2_000, { firstSeen: 1_000, byline: 'Minh' })],
      [
        { ...note, body: 'older copy', modified: 4_000 },
        { ...figure, tags: ['figure', 'percent'], modified: 2_000 },
        row(VI_URL, { id: 'clash', kind: 'official', quote: 'auto', name: 'Auto', titles: [] }),
      ],
    );
    const stored = await db.pages.get(VI_URL);
    expect(stored).toMatchObject({ title: 'Stored', byline: 'Minh', firstSeen: 1_000, lastSeen: 4_000 });
    expect((await storedRow(db, note.id))?.body).toBe('mine, newer');
    expect((await rowsTable(db).get(figure.id))?.tags).toEqual(['figure', 'percent']);
    expect(summary).toMatchObject({
      pagesUpdated: 1,
      annotationsAdded: 1,
      annotationsUpdated: 1,
      annotationsKept: 1,
    });
  });

  it('adds a row whose id another page or quote holds beside it, never rewriting the note', async () => {
    db = freshTestDb();
    const note = readerRow(VI_URL, { kind: 'note', quote: 'q', body: 'mine', modified: 1 });
    await rowsTable(db).add(note);
    const otherPage = { ...note, url: 'https://other.example/a', body: 'theirs', modified: 9_999 };
    const otherQuote = { ...note, quote: 'another quote', body: 'also theirs', modified: 9_999 };
    const summary = await mergeImport(db, [], [otherPage, otherQuote]);
    expect(summary).toMatchObject({ annotationsAdded: 2, annotationsUpdated: 0 });
    expect(await rowsTable(db).get(note.id)).toEqual(note);
    expect(await rowsTable(db).get(rehomedId(otherPage))).toEqual({
      ...otherPage,
      id: rehomedId(otherPage),
    });
    expect((await storedRow(db, rehomedId(otherQuote)))?.body).toBe('also theirs');
    expect(rehomedId(otherPage)).not.toBe(rehomedId(otherQuote));
    // The same file again finds the rows it added.
    expect(await mergeImport(db, [], [otherPage, otherQuote])).toMatchObject({
      annotationsAdded: 0,
      annotationsKept: 2,
    });
    expect(await rowsTable(db).count()).toBe(3);
  });

  it('keeps both of two rows of one file that share an id but not a page', async () => {
    db = freshTestDb();
    const first = row(VI_URL, { kind: 'highlight', quote: 'q' });
    const second = { ...first, url: 'https://other.example/b' };
    await mergeImport(db, [], [first, second]);
    expect((await rowsTable(db).toArray()).map((r) => r.url).sort()).toEqual([second.url, VI_URL]);
  });

  it('never lets an automatic row replace a reader row with the same id', async () => {
    db = freshTestDb();
    const note = readerRow(VI_URL, { kind: 'note', quote: 'q', body: 'mine', modified: 1 });
    await rowsTable(db).add(note);
    await mergeImport(
      db,
      [],
      [
        row(VI_URL, {
          ...FIGURE,
          id: note.id,
          quote: note.quote,
          modified: 9_999,
        }),
      ],
    );
    expect(await rowsTable(db).get(note.id)).toEqual(note);
  });

  it('keeps one visit’s automatic rows per page: the newer snapshot', async () => {
    db = freshTestDb();
    const stored = [row(VI_URL, { ...FIGURE, quote: 'a', modified: 100 })];
    await rowsTable(db).bulkAdd(stored);
    const newer = [
      row(VI_URL, { ...FIGURE, quote: 'b', modified: 200 }),
      row(VI_URL, { ...FIGURE, quote: 'c', modified: 200 }),
    ];
    await mergeImport(db, [], newer);
    expect((await rowsTable(db).toArray()).map((r) => r.quote).sort()).toEqual(['b', 'c']);
    await mergeImport(db, [], stored);
    expect((await rowsTable(db).toArray()).map((r) => r.quote).sort()).toEqual(['b', 'c']);
    // A page that came only with rows gets a page record, so the library can show it.
    expect(await db.pages.get(VI_URL)).toMatchObject({ site: 'tin.example', firstSeen: 1_000 });
  });

  it('finds stored rows among more new ones than one read slice holds, in any key order', async () => {
    db = freshTestDb();
    const base = readerRow(VI_URL, { kind: 'highlight', quote: 'q', modified: 10 });
    const imported = Array.from({ length: 6_000 }, (_, i) => ({
      ...base,
      id: `n-${String((i * 7_919) % 6_000).padStart(5, '0')}`,
      quote: `q${i}`,
      modified: 20,
    }));
    const older = [imported[5_999]!, imported[3_000]!].map((r) => ({ ...r, body: 'old', modified: 10 }));
    const otherQuote = { ...imported[42]!, quote: 'stored elsewhere' };
    const outside = [
      { ...base, id: 'a-first' },
      { ...base, id: 'z-last' },
    ];
    await rowsTable(db).bulkAdd([...older, otherQuote, ...outside]);
    const summary = await mergeImport(db, [], imported);
    expect(summary).toMatchObject({ annotationsAdded: 5_998, annotationsUpdated: 2, annotationsKept: 0 });
    expect((await storedRow(db, older[0]!.id))?.body).toBeUndefined();
    expect(await rowsTable(db).get(otherQuote.id)).toEqual(otherQuote);
    expect((await rowsTable(db).get(rehomedId(imported[42]!)))?.quote).toBe('q42');
    expect(await rowsTable(db).bulkGet(outside.map((r) => r.id))).toEqual(outside);
    expect(await rowsTable(db).count()).toBe(6_000 + 1 + 2);
  });

  it('leaves the database unchanged when the disk is full half-way', async () => {
    db = freshTestDb();
    failWritesWithQuota(db);
    await db.pages.add(page(VI_URL, 'Before', 10));
    const { pages, annotations } = sampleLibrary();
    const failure = await mergeImport(db, pages, annotations).catch((error: unknown) => error);
    expect((failure as { name?: string }).name).toMatch(/QuotaExceededError|AbortError/);
    expect(await db.pages.toArray()).toEqual([page(VI_URL, 'Before', 10)]);
    expect(await rowsTable(db).count()).toBe(0);
  });
});
