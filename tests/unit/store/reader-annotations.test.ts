import { afterEach, describe, expect, it } from 'vitest';
import type { PageInput } from '../../../src/shared/messages';
import type { NewsmarkDb } from '../../../src/store/db';
import { annotationsForPage, type NewAutoRow, replaceAutoAnnotations } from '../../../src/store/queries';
import {
  addReaderAnnotation,
  deleteReaderAnnotation,
  markAnchoring,
  type NewReaderRow,
  readerAnnotationsForPage,
  updateReaderAnnotation,
} from '../../../src/store/reader-annotations';
import { rowsTable } from './rows-table';
import { freshTestDb, storedRow } from './test-db';

const URL_A = 'https://news.example/a';
const PAGE: PageInput = {
  url: URL_A,
  canonicalUrl: null,
  title: 'A',
  site: 'News',
  lang: 'en',
  published: null,
  byline: null,
};

function reader(start: number, end: number, extra: Partial<NewReaderRow> = {}): NewReaderRow {
  return {
    url: URL_A,
    kind: 'highlight',
    colour: 'yellow',
    quote: 'q'.repeat(end - start),
    start,
    end,
    selectors: [
      { type: 'TextQuoteSelector', exact: 'q'.repeat(end - start), prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end },
    ],
    ...extra,
  };
}

const AUTO: NewAutoRow = {
  kind: 'official',
  quote: 'Minister Roe',
  start: 0,
  end: 12,
  selectors: [],
  tags: ['official'],
  entityKey: 'official:roe',
  name: 'Roe',
  titles: ['Minister'],
};

let db: NewsmarkDb;
afterEach(() => db?.close());

async function autoId(): Promise<string> {
  const rows = await annotationsForPage(db, URL_A);
  return rows.find((r) => r.origin === 'auto')!.id;
}

describe('reader annotations', () => {
  it('adds a reader row with id, timestamps and no entity key, and lists it for its page only', async () => {
    db = freshTestDb();
    await replaceAutoAnnotations(db, PAGE, [AUTO]);
    const note = await addReaderAnnotation(db, reader(20, 30, { kind: 'note', body: 'why?' }), 50);
    await addReaderAnnotation(db, reader(5, 9), 60);
    await addReaderAnnotation(db, { ...reader(1, 2), url: 'https://news.example/b' });
    expect(note).toMatchObject({ origin: 'reader', kind: 'note', body: 'why?', created: 50, tags: [] });
    expect(note.entityKey).toBeNull();
    const rows = await readerAnnotationsForPage(db, URL_A);
    expect(rows.map((r) => [r.start, r.kind])).toEqual([
      [5, 'highlight'],
      [20, 'note'],
    ]);
  });

  it('updates body, colour and tags of a reader row and stamps modified', async () => {
    db = freshTestDb();
    const row = await addReaderAnnotation(db, reader(0, 4), 10);
    await updateReaderAnnotation(db, row.id, { body: 'later', colour: 'pink', tags: ['x'] }, 20);
    expect(await rowsTable(db).get(row.id)).toMatchObject({
      body: 'later',
      colour: 'pink',
      tags: ['x'],
      created: 10,
      modified: 20,
      quote: row.quote,
    });
  });

  it('refuses to update or delete machine rows and missing rows', async () => {
    db = freshTestDb();
    await replaceAutoAnnotations(db, PAGE, [AUTO]);
    const id = await autoId();
    await expect(updateReaderAnnotation(db, id, { body: 'x' })).rejects.toThrow(/not a reader/);
    await expect(deleteReaderAnnotation(db, id)).rejects.toThrow(/not a reader/);
    await expect(deleteReaderAnnotation(db, 'nope')).rejects.toThrow(/not a reader/);
    expect(await rowsTable(db).get(id)).toMatchObject({ origin: 'auto', quote: 'Minister Roe' });
    expect((await storedRow(db, id))?.body).toBeUndefined();
  });

  it('deletes only the reader row asked for', async () => {
    db = freshTestDb();
    await replaceAutoAnnotations(db, PAGE, [AUTO]);
    const a = await addReaderAnnotation(db, reader(0, 4));
    const b = await addReaderAnnotation(db, reader(5, 8));
    await deleteReaderAnnotation(db, a.id);
    expect((await annotationsForPage(db, URL_A)).map((r) => r.id).sort()).toEqual(
      [await autoId(), b.id].sort(),
    );
  });

  it('survives a later visit replacing the machine rows', async () => {
    db = freshTestDb();
    await replaceAutoAnnotations(db, PAGE, [AUTO]);
    const row = await addReaderAnnotation(db, reader(3, 7, { kind: 'note', body: 'keep' }));
    await replaceAutoAnnotations(db, PAGE, []);
    await replaceAutoAnnotations(db, PAGE, [AUTO, AUTO]);
    expect(await readerAnnotationsForPage(db, URL_A)).toEqual([row]);
  });

  it('records new places and orphans without deleting, and ignores other pages and machine rows', async () => {
    db = freshTestDb();
    await replaceAutoAnnotations(db, PAGE, [AUTO]);
    const moved = await addReaderAnnotation(db, reader(10, 14), 1);
    const lost = await addReaderAnnotation(db, reader(20, 25), 1);
    const elsewhere = await addReaderAnnotation(db, { ...reader(1, 3), url: 'https://news.example/b' }, 1);
    await markAnchoring(db, URL_A, [
      { id: moved.id, start: 40, end: 44, orphan: false },
      { id: lost.id, start: 20, end: 25, orphan: true },
      { id: elsewhere.id, start: 90, end: 95, orphan: false },
      { id: await autoId(), start: 90, end: 95, orphan: true },
    ]);
    const after = await rowsTable(db).get(moved.id);
    expect(after).toMatchObject({ start: 40, end: 44, orphan: false, modified: 1 });
    expect(after?.selectors[1]).toEqual({ type: 'TextPositionSelector', start: 40, end: 44 });
    expect(await rowsTable(db).get(lost.id)).toMatchObject({ start: 20, end: 25, orphan: true });
    expect(await rowsTable(db).get(elsewhere.id)).toMatchObject({ start: 1, end: 3 });
    expect(await rowsTable(db).get(await autoId())).toMatchObject({ start: 0, end: 12 });
    expect((await storedRow(db, await autoId()))?.orphan).toBeUndefined();
    // Found again on a later visit: no longer an orphan.
    await markAnchoring(db, URL_A, [{ id: lost.id, start: 21, end: 26, orphan: false }]);
    expect(await rowsTable(db).get(lost.id)).toMatchObject({ start: 21, end: 26, orphan: false });
  });
});
