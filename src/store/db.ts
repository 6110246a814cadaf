import Dexie, { type EntityTable } from 'dexie';
import type { AnnotationRow, PageRecord } from '../shared/records';

export interface SettingRow {
  key: string;
  value: unknown;
}

export type NewsmarkDb = Dexie & {
  pages: EntityTable<PageRecord, 'url'>;
  annotations: EntityTable<AnnotationRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
};

export const DB_NAME = 'newsmark';

/**
 * Opens the database. Each schema change is a new `version()` with an upgrade function and
 * an entry (the shipped schema and rows) in migrations.test.ts;
 * `indexedDB`/`IDBKeyRange` can be injected (tests use fake-indexeddb).
 */
export function openNewsmarkDb(options?: {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}): NewsmarkDb {
  const db = new Dexie(DB_NAME, options) as NewsmarkDb;
  db.version(1).stores({
    pages: '&url, site, lastSeen',
    annotations: '&id, url, kind, origin, *tags, entityKey, [url+origin]',
    settings: '&key',
  });
  return db;
}
