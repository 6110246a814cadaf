import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { type NewsmarkDb, openNewsmarkDb } from './db';

/** A fresh, empty in-memory database for one test. */
export function freshTestDb(): NewsmarkDb {
  return openNewsmarkDb({ indexedDB: new IDBFactory(), IDBKeyRange });
}
