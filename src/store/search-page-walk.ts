import type { AnnotationRow, PageRecord } from '../shared/records';
import { rowIdsOfPages, rowsOfPage, rowsOfPages } from './annotation-rows';
import type { NewsmarkDb } from './db';
import { countRows, type RowCounts } from './library';
import { hasFilteredRow } from './search';
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

/** Reads what the plans need: the pages' records, their candidate rows, or their rows whole. */
async function readPlans(
  db: NewsmarkDb,
  found: FoundPages,
  plans: readonly Plan[],
  recordOf: ReadonlyMap<string, PageRecord>,
): Promise<PlanReads> {
  const filtered = Boolean(found.filter.kind || found.filter.tag);
  const unread = plans.filter((p) => !recordOf.has(p.url)).map((p) => p.url);
  // Candidate rows are read with their pages' packs (one key-range read a page, annotation-rows.ts),
  // not by id through the ids index (a cursor step per id).
  const wanted = new Set(plans.flatMap((p) => p.rowIds));
  const withCandidates = plans.filter((p) => p.rowIds.length > 0).map((p) => p.url);
  // No transaction for nothing: pages walked from the shelves come with their records.
  const [read, candidates, wholeRows, withFilteredRow] = await Promise.all([
    unread.length > 0 ? db.pages.bulkGet(unread) : [],
    rowsOfPages(db, withCandidates).then((lists) => lists.flat().filter((row) => wanted.has(row.id))),
    Promise.all(plans.map((p) => (p.whole ? rowsOfPage(db, p.url) : []))),
    // A title match under a kind/tag filter needs a row passing it, which candidates may not show.
    Promise.all(
      plans.map(
        async (p) => filtered && p.title && !p.whole && (await hasFilteredRow(db, p.url, found.filter)),
      ),
    ),
  ]);
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
  const [keys, firstReads] = await Promise.all([
    rowKeysOf(
      db,
      checkedPages.map((p) => p.url),
    ),
    readPlans(db, found, plans, recordOf),
  ]);
  let reads = firstReads;
  const outdated = new Set(
    checkedPages
      .filter(({ words }, i) => words !== undefined && !linesRowsAre(words.lines, keys[i] ?? []))
      .map((p) => p.url),
  );
  if (outdated.size > 0) {
    plans = plansOf(outdated);
    reads = await readPlans(db, found, plans, recordOf);
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
