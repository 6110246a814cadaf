import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { FlatAnnotationRow } from '../../../src/shared/records';
import { type NewsmarkDb, openNewsmarkDb } from '../../../src/store/db';
import { rowsTable } from './rows-table';

/** A fresh, empty in-memory database for one test. */
export function freshTestDb(): NewsmarkDb {
  return openNewsmarkDb({ indexedDB: new IDBFactory(), IDBKeyRange });
}

/** A stored row seen flat (every kind's own fields optional), so a test can read any field. */
export async function storedRow(db: NewsmarkDb, id: string): Promise<FlatAnnotationRow | undefined> {
  return rowsTable(db).get(id);
}
