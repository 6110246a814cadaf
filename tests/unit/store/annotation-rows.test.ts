import { afterEach, describe, expect, it } from 'vitest';
import { PACK_ROWS } from '../../../src/store/annotation-packs';
import {
  addRows,
  allRows,
  candidateRowIds,
  deleteRows,
  deleteRowsOfPageOrigin,
  putRows,
  rowById,
  rowsByIds,
  rowsByTag,
  rowsOfPage,
  storedRowsByIds,
} from '../../../src/store/annotation-rows';
import type { NewsmarkDb } from '../../../src/store/db';
import { row } from './library.test-data';
import { freshTestDb } from './test-db';

let db: NewsmarkDb;
afterEach(() => db?.close());

const A = 'https://tin.example/a';
const B = 'https://tin.example/b';
const notes = (url: string, count: number, word = 'ghi') =>
  Array.from({ length: count }, (_, i) =>
    row(url, { kind: 'note', quote: `${word} ${i}`, body: `mục ${i}` }),
  );
const parts = async () => (await db.packs.toArray()).map((p) => [p.url, p.part, p.rows.length]);

describe('annotation rows in packs', () => {
  it('fills a page’s last pack, then starts the next part', async () => {
    db = freshTestDb();
    await addRows(db, notes(A, PACK_ROWS - 1));
    await addRows(db, notes(A, 3));
    await addRows(db, notes(B, 1));
    expect(await parts()).toEqual([
      [A, 0, PACK_ROWS],
      [A, 1, 2],
      [B, 0, 1],
    ]);
    expect(await rowsOfPage(db, A)).toHaveLength(PACK_ROWS + 2);
    expect(await allRows(db)).toHaveLength(PACK_ROWS + 3);
  });

  it('refuses an id already stored, and writes nothing of that call', async () => {
    db = freshTestDb();
    const [first] = notes(A, 1);
    await addRows(db, [first!]);
    await expect(addRows(db, [...notes(A, 2), first!])).rejects.toThrow();
    expect(await allRows(db)).toEqual([first]);
  });

  it('replaces a row in place, moves it when its page changed, and finds it by id', async () => {
    db = freshTestDb();
    const rows = notes(A, 3);
    await addRows(db, rows);
    const edited = { ...rows[1]!, body: 'đã sửa' };
    const moved = { ...rows[2]!, url: B };
    await putRows(db, [edited, moved]);
    expect(await rowById(db, edited.id)).toEqual(edited);
    expect((await rowsOfPage(db, A)).map((r) => r.id)).toEqual([rows[0]!.id, edited.id].sort());
    expect(await rowsOfPage(db, B)).toEqual([moved]);
    expect(await rowsByIds(db, [moved.id, 'gone', rows[0]!.id])).toEqual([moved, undefined, rows[0]]);
    expect([...(await storedRowsByIds(db, [moved.id, 'gone'], 2)).keys()]).toEqual([moved.id]);
  });

  it('deletes rows by id and by origin, and drops a pack left empty', async () => {
    db = freshTestDb();
    const rows = notes(A, 2);
    const auto = row(A, { kind: 'official', quote: 'Bộ trưởng', name: 'Bộ trưởng', titles: [] });
    await addRows(db, [...rows, auto]);
    await addRows(db, notes(B, 1));
    await deleteRows(db, [rows[0]!.id]);
    expect(await deleteRowsOfPageOrigin(db, A, 'auto')).toBe(1);
    expect(await rowsOfPage(db, A)).toEqual([rows[1]]);
    await deleteRows(db, [rows[1]!.id]);
    expect(await parts()).toEqual([[B, 0, 1]]);
  });

  it('finds rows by tag and by word through their packs, only the rows that hold them', async () => {
    db = freshTestDb();
    const tagged = { ...notes(A, 1, 'ngân sách')[0]!, tags: ['theo dõi'] };
    await addRows(db, [tagged, ...notes(A, 5)]);
    expect(await rowsByTag(db, 'theo dõi', 10)).toEqual([tagged]);
    expect(await candidateRowIds(db, ['ngan', 'sach'])).toEqual([tagged.id]);
    expect(await candidateRowIds(db, ['khong'])).toEqual([]);
  });
});
