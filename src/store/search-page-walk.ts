import type { AnnotationRow } from '../shared/records';
import type { NewsmarkDb } from './db';
import { countRows, type RowCounts } from './library';
import { hasFilteredRow } from './search';
import { passesFilter } from './search-match';
import { admittedBy, linesRowsAre, type PageWords, pageWordsOf, readPageWords } from './search-page-words';
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

function plan(url: string, stored: PageWords | undefined, words: readonly string[]): Plan | null {
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

/**
 * Visits `urls` (newest first) by their stored words: pages that cannot match are skipped
 * unread, the others' candidate rows are read; a page without stored words is read whole.
 * With `checkRows`, each page's row keys are read too and a page whose stored words lack one
 * of them, or list one no more stored (rows written around Dexie), is read whole. Records the
 * counts of each page visited (found.counts).
 */
export async function visitByWords(
  db: NewsmarkDb,
  found: FoundPages,
  urls: readonly string[],
  built: BuiltWords,
  checkRows = false,
): Promise<void> {
  // Every page's record beside its words (a few hundred characters each): one wait fewer than
  // reading those of the pages that may match once the words are in.
  const [stored, keys, records] = await Promise.all([
    readPageWords(db, urls),
    checkRows
      ? Promise.all(
          urls.map((url) => db.annotations.where('url').equals(url).primaryKeys() as Promise<string[]>),
        )
      : [],
    db.pages.bulkGet([...urls]),
  ]);
  const pageOf = new Map(records.flatMap((page) => (page ? [[page.url, page] as const] : [])));
  const plans = urls.flatMap((url, i) => {
    const words = stored[i];
    const current = !checkRows || (words !== undefined && linesRowsAre(words.lines, keys[i] ?? []));
    return plan(url, current ? words : undefined, found.words) ?? [];
  });
  const filtered = Boolean(found.filter.kind || found.filter.tag);
  const [candidates, wholeRows, withFilteredRow] = await Promise.all([
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
  plans.forEach(({ url, whole, counts }, i) => {
    const page = pageOf.get(url);
    if (!page) return;
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
