import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../src/store/db';
import { CHANGE_KEY, DIRTY_KEY, projectionKey } from '../../../src/store/derived-keys';
import { page, row } from './library.test-data';
import { rowsTable } from './rows-table';
import { freshTestDb } from './test-db';

const A = 'https://tin.example/a';
const B = 'https://tin.example/b';

let db: NewsmarkDb;
afterEach(() => db?.close());

/** Counts the projection keys each delete on `derived` names, below the invalidation middleware. */
function countProjectionDeletes(target: NewsmarkDb): Map<string, number> {
  const deletes = new Map<string, number>();
  target.use({
    stack: 'dbcore',
    name: 'count-derived-deletes',
    level: 1,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'derived') return table;
        return {
          ...table,
          mutate: (req) => {
            if (req.type === 'delete')
              for (const key of req.keys as string[])
                if (key.startsWith('page:')) deletes.set(key, (deletes.get(key) ?? 0) + 1);
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return deletes;
}

const stale = (url: string) => ({ key: projectionKey(url), value: 'stale' });
const rowsOn = (url: string, count: number) =>
  Array.from({ length: count }, (_, i) => row(url, { kind: 'highlight', quote: `mức thu ${i}` }));

describe('derived invalidation', () => {
  it('drops a page projection once per transaction however many chunks write its rows', async () => {
    db = freshTestDb();
    const deletes = countProjectionDeletes(db);
    await db.derived.bulkPut([stale(A), stale(B)]);
    await db.transaction('rw', db.pages, db.packs, async () => {
      await db.pages.bulkPut([page(A, 'Một', 1), page(B, 'Hai', 2)]);
      for (let chunk = 0; chunk < 3; chunk++) await rowsTable(db).bulkPut([...rowsOn(A, 2), ...rowsOn(B, 2)]);
    });
    expect(deletes).toEqual(
      new Map([
        [projectionKey(A), 1],
        [projectionKey(B), 1],
      ]),
    );
    expect(await db.derived.get(projectionKey(A))).toBeUndefined();
    const dirty = (await db.derived.get(DIRTY_KEY))?.value as string[] | undefined;
    expect([...(dirty ?? [])].sort()).toEqual([A, B]);
  });

  it('drops a projection again when a later write in the same transaction follows a fresh one', async () => {
    db = freshTestDb();
    await db.transaction('rw', db.packs, db.derived, async () => {
      await rowsTable(db).bulkPut(rowsOn(A, 1));
      // A writer stores a fresh projection after its row writes (replaceAutoAnnotations does)...
      await db.derived.put({ key: projectionKey(A), value: 'fresh' });
      // ...and a later write to the page in the same transaction makes it stale again.
      await rowsTable(db).bulkPut(rowsOn(A, 1));
    });
    expect(await db.derived.get(projectionKey(A))).toBeUndefined();
  });

  it('gives every write transaction a new change stamp, and leaves other pages alone', async () => {
    db = freshTestDb();
    await db.derived.put(stale(B));
    await rowsTable(db).bulkPut(rowsOn(A, 1));
    const first = (await db.derived.get(CHANGE_KEY))?.value;
    await rowsTable(db).bulkPut(rowsOn(A, 1));
    expect((await db.derived.get(CHANGE_KEY))?.value).not.toEqual(first);
    expect(await db.derived.get(projectionKey(B))).toEqual(stale(B));
  });
});
