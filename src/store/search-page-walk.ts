import type { AnnotationRow, PageRecord } from '../shared/records';
import { rowIdsOfPages, rowsOfPages } from './annotation-rows';
import type { NewsmarkDb } from './db';
import { countRows, type RowCounts } from './library';
import { passesFilter } from './search-match';
import { admittedBy, linesRowsAre, type PageWords, pageWordsOf } from './search-page-words';
import type { WalkPage } from './search-shelf';
import type { FoundPages } from './search-walk';

/** Words worked out for pages read whole, by url: worth storing (storePageWords). */
export type BuiltWords = Map<string, PageWords>;

/** What to read of one page: its rows whole (no words stored), or the candidate rows. */
interface Plan {
  url: string;
  whole: boolean;
  rowIds: string[];
  title: boolean;
  /** The stored counts, when the rows are not read whole. */
  counts?: RowCounts;
}

export function plan(url: string, stored: PageWords | undefined, words: readonly string[]): Plan | null {
  if (stored === undefined) return { url, whole: true, rowIds: [], title: true };
  const { title, rows } = admittedBy(stored.lines, words);
  return title || rows.length > 0
    ? {
        url,
        whole: false,
        rowIds: rows,
        title,
        counts: { counts: stored.counts, readerCount: stored.readerCount },
      }
    : null;
}

/** Where a walk's page words come from (ShelfWords in search-shelf.ts): undefined where none are stored. */
export type ReadWords = (urls: readonly string[]) => Promise<(PageWords | undefined)[]>;

interface PlanReads {
  records: (PageRecord | undefined)[];
  rowsOf: Map<string, AnnotationRow[]>;
  wholeRows: AnnotationRow[][];
  withFilteredRow: boolean[];
}

/** A page's rows by url (the rows of all its packs), each page read once per visit. */
type PageRows = (urls: readonly string[]) => Promise<AnnotationRow[][]>;

/**
 * Reads a page's rows once however many of a visit's questions need them (its ids checked,
 * its candidate rows, its rows whole, a filtered row): a page's rows come with its packs
 * (annotation-rows.ts), one key-range read, and the pages asked together share a transaction.
 */
function pageRowsOnce(db: NewsmarkDb): PageRows {
  const read = new Map<string, Promise<AnnotationRow[]>>();
  return (urls) => {
    const fresh = [...new Set(urls.filter((url) => !read.has(url)))];
    if (fresh.length > 0) {
      const batch = rowsOfPages(db, fresh);
      fresh.forEach((url, i) => {
        read.set(
          url,
          batch.then((lists) => lists[i] ?? []),
        );
      });
    }
    return Promise.all(urls.map((url) => read.get(url)!));
  };
}

/** Reads what the plans need: the pages' records, their candidate rows, or their rows whole. */
async function readPlans(
  db: NewsmarkDb,
  found: FoundPages,
  plans: readonly Plan[],
  recordOf: ReadonlyMap<string, PageRecord>,
  pageRows: PageRows,
): Promise<PlanReads> {
  const filtered = Boolean(found.filter.kind || found.filter.tag);
  const unread = plans.filter((p) => !recordOf.has(p.url)).map((p) => p.url);
  const wanted = new Set(plans.flatMap((p) => p.rowIds));
  // A title match under a kind/tag filter needs a row passing it, which candidates may not show.
  const askFilter = (p: Plan) => filtered && p.title && !p.whole;
  const rowsRead = plans.filter((p) => p.rowIds.length > 0 || p.whole || askFilter(p)).map((p) => p.url);
  // No transaction for nothing: pages walked from the shelves come with their records.
  const [read, lists] = await Promise.all([
    unread.length > 0 ? db.pages.bulkGet(unread) : [],
    pageRows(rowsRead),
  ]);
  const rowsByUrl = new Map(rowsRead.map((url, i) => [url, lists[i] ?? []]));
  const candidates = plans.flatMap((p) =>
    p.rowIds.length > 0 ? (rowsByUrl.get(p.url) ?? []).filter((row) => wanted.has(row.id)) : [],
  );
  const wholeRows = plans.map((p) => (p.whole ? (rowsByUrl.get(p.url) ?? []) : []));
  const withFilteredRow = plans.map(
    (p) => askFilter(p) && (rowsByUrl.get(p.url) ?? []).some((row) => passesFilter(row, found.filter)),
  );
  const rowsOf = new Map<string, AnnotationRow[]>();
  for (const row of candidates) {
    if (!row) continue;
    const list = rowsOf.get(row.url);
    if (list) list.push(row);
    else rowsOf.set(row.url, [row]);
  }
  const readOf = new Map(unread.map((url, i) => [url, read[i]]));
  const records = plans.map((p) => recordOf.get(p.url) ?? readOf.get(p.url));
  return { records, rowsOf, wholeRows, withFilteredRow };
}

/** The row keys of each page, in one transaction (one per page would cost a transaction each). */
export function rowKeysOf(db: NewsmarkDb, urls: readonly string[]): Promise<string[][]> {
  return rowIdsOfPages(db, urls);
}

/**
 * Visits `pages` (newest first) by their stored words: pages that cannot match are skipped
 * unread, the others' records and candidate rows are read; a page without stored words is read
 * whole (a page's record is read unless the walk has it, and kept there). The first `checked` pages' row keys are read beside: a page whose stored words lack
 * one of them, or list one no more stored (rows written around Dexie), is read whole. Records
 * the counts of each page visited (found.counts).
 */
export async function visitByWords(
  db: NewsmarkDb,
  found: FoundPages,
  pages: readonly WalkPage[],
  built: BuiltWords,
  checked = 0,
): Promise<void> {
  const recordOf = new Map(pages.flatMap((p) => (p.record ? [[p.url, p.record] as const] : [])));
  const plansOf = (outdated: ReadonlySet<string>) =>
    pages.flatMap(({ url, words }) => plan(url, outdated.has(url) ? undefined : words, found.words) ?? []);
  const checkedPages = pages.slice(0, checked);
  let plans = plansOf(new Set());
  const pageRows = pageRowsOnce(db);
  const [keys, firstReads] = await Promise.all([
    pageRows(checkedPages.map((p) => p.url)).then((lists) => lists.map((rows) => rows.map((row) => row.id))),
    readPlans(db, found, plans, recordOf, pageRows),
  ]);
  let reads = firstReads;
  const outdated = new Set(
    checkedPages
      .filter(({ words }, i) => words !== undefined && !linesRowsAre(words.lines, keys[i] ?? []))
      .map((p) => p.url),
  );
  if (outdated.size > 0) {
    plans = plansOf(outdated);
    reads = await readPlans(db, found, plans, recordOf, pageRows);
  }
  const { records, rowsOf, wholeRows, withFilteredRow } = reads;
  const walkOf = new Map(pages.map((p) => [p.url, p]));
  plans.forEach(({ url, whole, counts }, i) => {
    const page = records[i];
    if (!page) return;
    const walked = walkOf.get(url);
    if (walked) walked.record = page;
    const rows = whole ? (wholeRows[i] ?? []) : (rowsOf.get(url) ?? []);
    if (whole) built.set(url, pageWordsOf(page, rows));
    found.counts.set(url, counts ?? countRows(rows));
    found.visit(
      page,
      rows,
      withFilteredRow[i] === true || rows.some((row) => passesFilter(row, found.filter)),
    );
  });
}
