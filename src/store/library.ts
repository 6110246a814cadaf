import type { AnnotationRow, AutoKind, PageRecord } from '../shared/records';
import {
  annotationStore,
  countRowsOfPage,
  deleteRowsOfPageOrigin,
  rowsOfPages,
  tagsInUse,
} from './annotation-rows';
import type { NewsmarkDb } from './db';

/** A page's counts as the library lists them. */
export interface RowCounts {
  /** Officials are counted once per person, as the page view does; the rest per mention. */
  counts: Record<AutoKind, number>;
  /** The reader's own highlights and notes. */
  readerCount: number;
}

/** One page as the library lists it. */
export interface LibraryEntry extends RowCounts {
  page: PageRecord;
}

/** Pages the library shows at once; "Show more" asks for the next ones. */
export const LIBRARY_PAGE_SIZE = 30;

/** The counts of a page from all its rows. */
export function countRows(rows: readonly AnnotationRow[]): RowCounts {
  const officials = new Set<string>();
  const counts: Record<AutoKind, number> = { official: 0, figure: 0, directive: 0 };
  let readerCount = 0;
  for (const row of rows) {
    if (row.origin === 'reader') readerCount++;
    else if (row.kind === 'official') officials.add(row.name ?? row.quote);
    else if (row.kind === 'figure' || row.kind === 'directive') counts[row.kind]++;
  }
  counts.official = officials.size;
  return { counts, readerCount };
}

/** The counts of each page given, from only these pages' rows. */
export async function summarisePages(db: NewsmarkDb, pages: readonly PageRecord[]): Promise<LibraryEntry[]> {
  const rows = await rowsOfPages(
    db,
    pages.map((page) => page.url),
  );
  return pages.map((page, i) => ({ page, ...countRows(rows[i] ?? []) }));
}

/** The newest `limit` pages by last visit, with their counts, and how many pages there are. */
export async function listLibrary(
  db: NewsmarkDb,
  limit = LIBRARY_PAGE_SIZE,
): Promise<{ entries: LibraryEntry[]; total: number }> {
  return db.transaction('r', db.pages, annotationStore(db), async () => {
    const pages = await db.pages.orderBy('lastSeen').reverse().limit(limit).toArray();
    return { entries: await summarisePages(db, pages), total: await db.pages.count() };
  });
}

/**
 * Newest visit first, pages visited at the same time as the visit-time index gives them read
 * backwards (url descending): the order of the library list and of every search's pages.
 */
export const newestFirst = (
  a: Pick<PageRecord, 'url' | 'lastSeen'>,
  b: Pick<PageRecord, 'url' | 'lastSeen'>,
) => b.lastSeen - a.lastSeen || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0);

/** The stored pages among `urls`, newest visit first (a search's matches). */
export async function pagesNewestFirst(db: NewsmarkDb, urls: readonly string[]): Promise<PageRecord[]> {
  const pages = (await db.pages.bulkGet([...urls])).filter((p): p is PageRecord => p !== undefined);
  return pages.sort(newestFirst);
}

/** How many pages the library holds. */
export function pageCount(db: NewsmarkDb): Promise<number> {
  return db.pages.count();
}

/** Every tag in use, sorted, for the library's tag filter. */
export async function allTags(db: NewsmarkDb): Promise<string[]> {
  return (await tagsInUse(db)).sort((a, b) => a.localeCompare(b));
}

/**
 * Forgets a page's automatic rows. The reader's own rows, and the page record that keeps
 * them reachable, go only when `withReaderRows` is true (the popup asks first).
 * Returns how many rows were deleted.
 */
export async function deleteLibraryPage(
  db: NewsmarkDb,
  url: string,
  { withReaderRows }: { withReaderRows: boolean },
): Promise<number> {
  return db.transaction('rw', db.pages, annotationStore(db), async () => {
    let deleted = await deleteRowsOfPageOrigin(db, url, 'auto');
    if (withReaderRows) deleted += await deleteRowsOfPageOrigin(db, url, 'reader');
    const remaining = await countRowsOfPage(db, url);
    if (remaining === 0) await db.pages.delete(url);
    return deleted;
  });
}
