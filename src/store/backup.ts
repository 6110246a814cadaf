import type { AnnotationRow, PageRecord } from '../shared/records';
import type { NewsmarkDb } from './db';

/** Everything the database holds about pages, as plain rows. */
export interface StoredRows {
  pages: PageRecord[];
  annotations: AnnotationRow[];
}

/** Reads every page and annotation in one read transaction, so the copy is consistent. */
export async function readAllRows(db: NewsmarkDb): Promise<StoredRows> {
  return db.transaction('r', db.pages, db.annotations, async () => ({
    pages: await db.pages.orderBy('lastSeen').reverse().toArray(),
    annotations: await db.annotations.orderBy('url').toArray(),
  }));
}
