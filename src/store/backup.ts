import type { AnnotationRow, PageRecord } from '../shared/records';
import { allRows, annotationStore } from './annotation-rows';
import type { NewsmarkDb } from './db';

/** Everything the database holds about pages, as plain rows. */
export interface StoredRows {
  pages: PageRecord[];
  annotations: AnnotationRow[];
}

/**
 * Reads every page and annotation in one read transaction, so the copy is consistent. Rows by
 * page, then by id: read in id order, then sorted stably by url (no index is by url alone).
 */
export async function readAllRows(db: NewsmarkDb): Promise<StoredRows> {
  const { pages, annotations } = await db.transaction('r', db.pages, annotationStore(db), async () => ({
    pages: await db.pages.orderBy('lastSeen').reverse().toArray(),
    annotations: await allRows(db),
  }));
  annotations.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { pages, annotations };
}
