import type { PageInput } from '../shared/messages';
import type { AnnotationRow, AutoRow, PageRecord } from '../shared/records';
import type { DistributiveOmit } from '../shared/schema/type-helpers';
import { addRows, annotationStore, deleteRowsOfPageOrigin, rowById, rowsOfPage } from './annotation-rows';
import type { NewsmarkDb } from './db';
import { refreshProjections } from './insights/stored-projections';
import { refreshPageWords } from './search-page-words';

export function pageByUrl(db: NewsmarkDb, url: string): Promise<PageRecord | undefined> {
  return db.pages.get(url);
}

/** All annotations of a page, automatic and reader's, in reading order. */
export async function annotationsForPage(db: NewsmarkDb, url: string): Promise<AnnotationRow[]> {
  const rows = await rowsOfPage(db, url);
  return rows.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One annotation by its id, if it is still stored. */
export function annotationById(db: NewsmarkDb, id: string): Promise<AnnotationRow | undefined> {
  return rowById(db, id);
}

/** A page and all its rows, read in one transaction so both come from the same moment; null if unseen. */
export async function pageWithAnnotations(
  db: NewsmarkDb,
  url: string,
): Promise<{ page: PageRecord; rows: AnnotationRow[] } | null> {
  return db.transaction('r', db.pages, annotationStore(db), async () => {
    const page = await pageByUrl(db, url);
    return page ? { page, rows: await annotationsForPage(db, url) } : null;
  });
}

/** Automatic rows as they arrive, before the database gives them an id and timestamps. */
export type NewAutoRow = DistributiveOmit<AutoRow, 'id' | 'url' | 'origin' | 'created' | 'modified'>;

/**
 * Records a visit: upserts the page (keeping `firstSeen`) and swaps the page's automatic
 * annotations for `rows`, all in one transaction, so a failure (a full disk) leaves the old
 * state whole. Reader annotations are never touched. The page's insights projection is
 * rewritten in the same transaction, so the panel opens without building it, and so are its
 * search words.
 */
export async function replaceAutoAnnotations(
  db: NewsmarkDb,
  page: PageInput,
  rows: readonly NewAutoRow[],
  now: number = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.pages, annotationStore(db), db.derived, async () => {
    const previous = await db.pages.get(page.url);
    await db.pages.put({ ...page, firstSeen: previous?.firstSeen ?? now, lastSeen: now });
    await deleteRowsOfPageOrigin(db, page.url, 'auto');
    const fresh: AnnotationRow[] = rows.map((row) => ({
      ...row,
      id: crypto.randomUUID(),
      url: page.url,
      origin: 'auto',
      created: now,
      modified: now,
    }));
    await addRows(db, fresh);
    await refreshProjections(db, [page.url]);
    await refreshPageWords(db, [page.url]);
    return fresh.length;
  });
}
