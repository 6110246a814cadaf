import type { AnnotationRow } from '../shared/records';
import {
  annotationStore,
  candidateRowIds,
  eachRow,
  pageHasRow,
  rowsByIds,
  rowsByTag,
} from './annotation-rows';
import type { NewsmarkDb } from './db';
import { candidateKeys, queryIndexWords } from './search-candidates';
import { matchesAllTerms, queryTerms } from './search-fold';
import {
  addMatch,
  keepFirstSamples,
  type LibraryFilter,
  type Matches,
  pageText,
  passesFilter,
  searchableText,
} from './search-match';

export type { LibraryFilter, PageMatch } from './search-match';

/**
 * Rows folded per query: a bound on the work one keystroke can cause.
 * Past it the search reports `truncated` instead of freezing the popup.
 */
export const MAX_SCANNED_ROWS = 100_000;
/** Rows read per IndexedDB request: getAll over a key range is far faster than a cursor step per row. */
const CHUNK = 5_000;

/**
 * Calls `visit` on every row the filter can match, stopping at MAX_SCANNED_ROWS (true then).
 * A tag narrows through the tags index; otherwise every row is read, a slice at a time.
 */
async function scanRows(
  db: NewsmarkDb,
  filter: LibraryFilter,
  visit: (row: AnnotationRow) => void,
): Promise<boolean> {
  if (filter.tag) {
    const rows = await rowsByTag(db, filter.tag, MAX_SCANNED_ROWS + 1);
    rows.slice(0, MAX_SCANNED_ROWS).forEach(visit);
    return rows.length > MAX_SCANNED_ROWS;
  }
  return eachRow(db, visit, MAX_SCANNED_ROWS);
}

/**
 * The pages that match a filter, by url. A query with words goes through the word index:
 * only the rows that index lookup returns are read and checked in full, so results equal a
 * scan's for whole-word queries. A query without words (or none) scans, folding each row once;
 * a tag filter narrows the scan through its index. A page matches on its title alone only
 * when it also has a row passing the kind/tag filter (or there is no filter).
 */
export async function searchLibrary(
  db: NewsmarkDb,
  filter: LibraryFilter,
): Promise<{ matches: Matches; truncated: boolean }> {
  const terms = queryTerms(filter.query ?? '');
  const words = queryIndexWords(terms);
  return db.transaction('r', db.pages, annotationStore(db), async () =>
    words.length > 0
      ? searchByWords(
          db,
          filter,
          terms,
          await candidateRowIds(db, words),
          await candidateKeys(db.pages, words),
        )
      : searchByScan(db, filter, terms),
  );
}

/** The word-index search, given the candidate rows' and pages' keys (candidateKeys). */
export async function searchByWords(
  db: NewsmarkDb,
  filter: LibraryFilter,
  terms: readonly string[],
  keys: readonly string[],
  pageKeys: readonly string[],
): Promise<{ matches: Matches; truncated: boolean }> {
  const matches: Matches = new Map();
  const truncated = keys.length > MAX_SCANNED_ROWS;
  const toRead = keys.slice(0, MAX_SCANNED_ROWS);
  for (let from = 0; from < toRead.length; from += CHUNK) {
    const rows = await rowsByIds(db, toRead.slice(from, from + CHUNK));
    for (const row of rows)
      if (row && passesFilter(row, filter) && matchesAllTerms(searchableText(row), terms))
        addMatch(matches, row);
  }
  keepFirstSamples(matches);
  const filtered = Boolean(filter.kind || filter.tag);
  const pages = await db.pages.bulkGet([...pageKeys]);
  for (const page of pages) {
    if (!page || !matchesAllTerms(pageText(page), terms)) continue;
    const existing = matches.get(page.url);
    if (existing) existing.titleMatched = true;
    else if (!filtered || (await hasFilteredRow(db, page.url, filter)))
      matches.set(page.url, { titleMatched: true, samples: [], annotationMatches: 0 });
  }
  return { matches, truncated };
}

export async function hasFilteredRow(db: NewsmarkDb, url: string, filter: LibraryFilter): Promise<boolean> {
  return pageHasRow(db, url, (r) => passesFilter(r, filter));
}

async function searchByScan(
  db: NewsmarkDb,
  filter: LibraryFilter,
  terms: readonly string[],
): Promise<{ matches: Matches; truncated: boolean }> {
  const matches: Matches = new Map();
  const filtered = Boolean(filter.kind || filter.tag);
  const pages = await db.pages.toArray();
  const titleHits = new Set(
    pages.filter((p) => terms.length > 0 && matchesAllTerms(pageText(p), terms)).map((p) => p.url),
  );
  const pagesWithFilteredRows = new Set<string>();
  const truncated = await scanRows(db, filter, (row) => {
    if (filter.kind && row.kind !== filter.kind) return;
    pagesWithFilteredRows.add(row.url);
    if (terms.length > 0 && matchesAllTerms(searchableText(row), terms)) addMatch(matches, row);
  });
  keepFirstSamples(matches);
  for (const page of pages) {
    const passes = !filtered || pagesWithFilteredRows.has(page.url);
    if (!passes) continue;
    const existing = matches.get(page.url);
    if (existing) existing.titleMatched = titleHits.has(page.url);
    else if (terms.length === 0 || titleHits.has(page.url))
      matches.set(page.url, { titleMatched: terms.length > 0, samples: [], annotationMatches: 0 });
  }
  return { matches, truncated };
}
