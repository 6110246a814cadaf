import type { AnnotationRow, PageRecord } from '../shared/records';
import type { NewsmarkDb } from './db';
import { hasFilteredRow } from './search';
import { passesFilter } from './search-match';
import { admittedBy, pageWordLines, readPageWords } from './search-page-words';
import type { FoundPages } from './search-walk';

/** Words worked out for pages read whole, by url: worth storing (storePageWords). */
export type BuiltWords = Map<string, string>;

/** What to read of one page: its rows whole (no words stored), or the candidate rows. */
interface Plan {
  url: string;
  whole: boolean;
  rowIds: string[];
  title: boolean;
}

function plan(url: string, stored: string | undefined, words: readonly string[]): Plan | null {
  if (stored === undefined) return { url, whole: true, rowIds: [], title: true };
  const { title, rows } = admittedBy(stored, words);
  return title || rows.length > 0 ? { url, whole: false, rowIds: rows, title } : null;
}

/**
 * Visits `urls` (newest first) by their stored words: pages that cannot match are skipped
 * unread, the others' candidate rows are read; a page without stored words, or every page
 * when `whole`, is read whole.
 */
export async function visitByWords(
  db: NewsmarkDb,
  found: FoundPages,
  urls: readonly string[],
  built: BuiltWords,
  whole = false,
): Promise<void> {
  const stored = whole ? [] : await readPageWords(db, urls);
  const plans = urls.flatMap((url, i) => plan(url, stored[i], found.words) ?? []);
  const filtered = Boolean(found.filter.kind || found.filter.tag);
  const [pages, candidates, wholeRows, withFilteredRow] = await Promise.all([
    db.pages.bulkGet(plans.map((p) => p.url)),
    db.annotations.bulkGet(plans.flatMap((p) => p.rowIds)),
    Promise.all(plans.map((p) => (p.whole ? db.annotations.where('url').equals(p.url).toArray() : []))),
    // A title match under a kind/tag filter needs a row passing it, which candidates may not show.
    Promise.all(plans.map((p) => filtered && p.title && !p.whole && hasFilteredRow(db, p.url, found.filter))),
  ]);
  const rowsOf = new Map<string, AnnotationRow[]>();
  for (const row of candidates) {
    if (!row) continue;
    const list = rowsOf.get(row.url);
    if (list) list.push(row);
    else rowsOf.set(row.url, [row]);
  }
  plans.forEach(({ url, whole }, i) => {
    const page = pages[i] as PageRecord | undefined;
    if (!page) return;
    const rows = whole ? (wholeRows[i] ?? []) : (rowsOf.get(url) ?? []);
    if (whole) built.set(url, pageWordLines(page, rows));
    found.visit(
      page,
      rows,
      withFilteredRow[i] === true || rows.some((row) => passesFilter(row, found.filter)),
    );
  });
}
