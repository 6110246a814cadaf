import type { AnnotationRow, FlatAnnotationRow } from '../../../src/shared/records';
import {
  addRows,
  allRows,
  countAllRows,
  deleteRows,
  putRows,
  rowById,
  rowsByIds,
  rowsOfPage,
} from '../../../src/store/annotation-rows';
import type { NewsmarkDb } from '../../../src/store/db';

/**
 * The annotation rows of a test database, with the calls tests made on the one-record-a-row
 * table, now through annotation-rows.ts (rows live in packs: annotation-packs.ts).
 */
export function rowsTable(db: NewsmarkDb) {
  return {
    add: (row: AnnotationRow) => addRows(db, [row]),
    bulkAdd: (rows: readonly AnnotationRow[]) => addRows(db, rows),
    put: (row: AnnotationRow) => putRows(db, [row]),
    bulkPut: (rows: readonly AnnotationRow[]) => putRows(db, rows),
    get: (id: string) => rowById(db, id) as Promise<FlatAnnotationRow | undefined>,
    bulkGet: (ids: readonly string[]) => rowsByIds(db, ids),
    count: () => countAllRows(db),
    toArray: () => allRows(db),
    clear: () => db.packs.clear(),
    delete: (id: string) => deleteRows(db, [id]),
    /** A row's fields changed in place; 1 when it was stored, as Dexie's update answers. */
    update: async (id: string, changes: Partial<FlatAnnotationRow>) => {
      const row = await rowById(db, id);
      if (!row) return 0;
      await putRows(db, [{ ...row, ...changes } as AnnotationRow]);
      return 1;
    },
    ofPage: (url: string) => rowsOfPage(db, url),
  };
}
