import type { PageRecord } from '../shared/records';
import type { NewsmarkDb } from './db';
import { pagesNewestFirst } from './library';
import { searchByWords, searchLibrary } from './search';
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
 * Candidate rows past which walking the pages newest first beats reading every candidate:
 * so many candidates match on many pages, and the first screen of them is near the top.
 */
const WALK_FROM = 2_000;
/** Pages whose rows are read at once (parallel requests in the one transaction). */
const WALK_BATCH = 12;

/**
 * The first `limit` pages matching a filter, newest visit first. A query the word index
 * answers with many candidate rows walks the pages newest first, reading each one's rows,
 * until `limit` + 1 pages match: the first screen costs a few pages' rows, not every match.
 * The walk gives up for the full search when it has read more rows than that would (few
 * matches spread thin). Other filters search in full. Results equal searchLibrary's.
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
    const keys = await candidateKeys(db.annotations, words);
    const walked =
      keys.length > WALK_FROM ? await walk(db, filter, terms, words, new Set(keys), limit) : null;
    return walked ?? exact(db, await searchByWords(db, filter, terms, words, keys), limit);
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
  candidates: ReadonlySet<string>,
  limit: number,
): Promise<NewestMatches | null> {
  const filtered = Boolean(filter.kind || filter.tag);
  const titled = await db.pages.bulkGet(await candidateKeys(db.pages, words));
  const titleHits = new Set(
    titled.flatMap((page) => (page && matchesAllTerms(pageText(page), terms) ? [page.url] : [])),
  );
  const urls = (await db.pages.orderBy('lastSeen').reverse().primaryKeys()) as string[];
  const matches: Matches = new Map();
  let read = 0;
  let walked = 0;
  while (walked < urls.length && matches.size <= limit) {
    const batch = urls.slice(walked, walked + WALK_BATCH);
    const rowsOf = await Promise.all(batch.map((url) => db.annotations.where('url').equals(url).toArray()));
    batch.forEach((url, i) => {
      const rows = rowsOf[i] ?? [];
      read += rows.length;
      for (const row of rows)
        if (
          candidates.has(row.id) &&
          passesFilter(row, filter) &&
          matchesAllTerms(searchableText(row), terms)
        )
          addMatch(matches, row);
      if (!titleHits.has(url) || (filtered && !rows.some((row) => passesFilter(row, filter)))) return;
      const match = matches.get(url);
      if (match) match.titleMatched = true;
      else matches.set(url, { titleMatched: true, samples: [], annotationMatches: 0 });
    });
    walked += batch.length;
    if (read > candidates.size) return null;
  }
  keepFirstSamples(matches);
  const shown = (await db.pages.bulkGet([...matches.keys()].slice(0, limit))).filter(
    (page): page is PageRecord => page !== undefined,
  );
  return { pages: shown, matches, matched: matches.size, complete: walked >= urls.length, truncated: false };
}
