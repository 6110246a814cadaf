import type { PageRecord } from '../shared/records';
import type { NewsmarkDb } from './db';
import { pagesNewestFirst } from './library';
import { searchByWords, searchLibrary } from './search';
import { candidateKeys, indexAdmits, queryIndexWords } from './search-candidates';
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

export interface NewestMatches {
  /** The first `limit` matching pages, newest visit first. */
  pages: PageRecord[];
  matches: Matches;
  /** How many pages match when `complete`; else how many were found before stopping (more than `limit`). */
  matched: number;
  complete: boolean;
  truncated: boolean;
}

/**
 * Rows the walk reads before giving up for the full search: a common query fills the first
 * screen well within it; a rare one costs this much extra before the index lookup.
 */
const WALK_BUDGET = 4_000;
/** Pages whose rows are read at once (parallel requests in the one transaction). */
const WALK_BATCH = 12;

/**
 * The first `limit` pages matching a filter, newest visit first. A query with index words
 * first walks the pages newest first, reading each one's rows, until `limit` + 1 pages
 * match: a common query's first screen costs a few pages' rows, not every match nor every
 * candidate key. Past WALK_BUDGET rows (matches spread thin) it searches in full through
 * the index. Rows are matched as the index search matches them (indexAdmits), so the
 * answers are searchLibrary's. Other filters search in full.
 */
export async function searchNewestFirst(
  db: NewsmarkDb,
  filter: LibraryFilter,
  limit: number,
): Promise<NewestMatches> {
  const terms = queryTerms(filter.query ?? '');
  const words = queryIndexWords(terms);
  if (words.length === 0) return exact(db, await searchLibrary(db, filter), limit);
  return db.transaction('r', db.pages, db.annotations, async () => {
    const walked = await walk(db, filter, terms, words, limit);
    if (walked) return walked;
    const keys = await candidateKeys(db.annotations, words);
    return exact(db, await searchByWords(db, filter, terms, words, keys), limit);
  });
}

async function exact(
  db: NewsmarkDb,
  { matches, truncated }: { matches: Matches; truncated: boolean },
  limit: number,
): Promise<NewestMatches> {
  const pages = await pagesNewestFirst(db, [...matches.keys()]);
  return { pages: pages.slice(0, limit), matches, matched: pages.length, complete: true, truncated };
}

async function walk(
  db: NewsmarkDb,
  filter: LibraryFilter,
  terms: readonly string[],
  words: readonly string[],
  limit: number,
): Promise<NewestMatches | null> {
  const filtered = Boolean(filter.kind || filter.tag);
  const matches = (text: string) => matchesAllTerms(text, terms) && indexAdmits(text, words);
  const urls = (await db.pages.orderBy('lastSeen').reverse().primaryKeys()) as string[];
  const found: Matches = new Map();
  const shown = new Map<string, PageRecord>();
  let read = 0;
  let walked = 0;
  while (walked < urls.length && found.size <= limit) {
    if (read > WALK_BUDGET) return null;
    const batch = urls.slice(walked, walked + WALK_BATCH);
    const [pages, rowsOf] = await Promise.all([
      db.pages.bulkGet(batch),
      Promise.all(batch.map((url) => db.annotations.where('url').equals(url).toArray())),
    ]);
    batch.forEach((url, i) => {
      const rows = rowsOf[i] ?? [];
      const page = pages[i];
      read += rows.length;
      for (const row of rows)
        if (passesFilter(row, filter) && matches(searchableText(row))) addMatch(found, row);
      if (page && matches(pageText(page)) && (!filtered || rows.some((row) => passesFilter(row, filter)))) {
        const match = found.get(url);
        if (match) match.titleMatched = true;
        else found.set(url, { titleMatched: true, samples: [], annotationMatches: 0 });
      }
      if (page && found.has(url) && shown.size < limit) shown.set(url, page);
    });
    walked += batch.length;
  }
  keepFirstSamples(found);
  return {
    pages: [...shown.values()],
    matches: found,
    matched: found.size,
    complete: walked >= urls.length,
    truncated: false,
  };
}
