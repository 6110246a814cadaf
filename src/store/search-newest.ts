import type { AnnotationRow, PageRecord } from '../shared/records';
import type { NewsmarkDb } from './db';
import { CHANGE_KEY } from './derived-keys';
import { pagesNewestFirst, type RowCounts } from './library';
import { hasFilteredRow, searchByWords, searchLibrary } from './search';
import {
  candidateKeys,
  commonCandidateKeys,
  queryIndexWords,
  rareCandidateKeys,
  SMALL_ENOUGH,
} from './search-candidates';
import { queryTerms } from './search-fold';
import { keepFirstSamples, type LibraryFilter, type Matches } from './search-match';
import { type BuiltWords, visitByWords } from './search-page-walk';
import { storePageWords } from './search-page-words';
import { FoundPages, newestUrls } from './search-walk';

export interface NewestMatches {
  /** The first `limit` matching pages, newest visit first. */
  pages: PageRecord[];
  matches: Matches;
  /** How many pages match when `complete`; else how many were found before stopping (more than `limit`). */
  matched: number;
  complete: boolean;
  truncated: boolean;
  /** The counts of the pages the walk saw whole or by their stored words: no need to read them again. */
  counts: ReadonlyMap<string, RowCounts>;
}

/**
 * Pages walked by their stored words before a query of common words that match thinly turns
 * to the words' whole key lists: a page's words are a few hundred characters.
 */
const WORDS_WALK = 1_000;

/**
 * The first `limit` pages matching a filter, newest visit first. A query with index words
 * first reads the newest `limit` + 1 pages with all their rows: a common query's first screen
 * ends there. Then, when a query word is rare, its few candidate rows (search-candidates.ts)
 * are read and matched outright, for an exact count. Else the walk goes on by each page's
 * stored words (search-page-words.ts), twice as many pages each round, reading only the rows
 * that may match (and whole the pages without stored words, whose words are stored
 * afterwards), until the screen is full: common words cost a few hundred pages' words, not
 * their key lists nor every match. Past WORDS_WALK pages (common words that rarely meet) the
 * words' key lists are intersected and the walk goes on from each page's row keys. Other
 * filters search in full.
 */
export async function searchNewestFirst(
  db: NewsmarkDb,
  filter: LibraryFilter,
  limit: number,
): Promise<NewestMatches> {
  const terms = queryTerms(filter.query ?? '');
  const words = queryIndexWords(terms);
  if (words.length === 0) return exact(db, await searchLibrary(db, filter), limit);
  const built: BuiltWords = new Map();
  // Read before the search: a write after it moves the stamp, and the words are not stored.
  const stamp = (await db.derived.get(CHANGE_KEY))?.value ?? null;
  // No explicit transaction: its zone does not survive this many nested native awaits in every
  // browser (a live query then fails with PrematureCommitError). A write between two reads
  // changes the stamp, so the live query runs the search again.
  const result = await newestMatches(db, new FoundPages(filter, terms, words, limit), built);
  if (built.size > 0)
    // From a fresh task: this runs in a live query, which cannot write.
    setTimeout(() => {
      storePageWords(db, stamp, built).catch((error: unknown) => {
        if ((error as Error).name !== 'DatabaseClosedError')
          console.warn('Newsmark: search words not stored', error);
      });
    }, 0);
  return result;
}

async function newestMatches(db: NewsmarkDb, found: FoundPages, built: BuiltWords): Promise<NewestMatches> {
  const { filter, terms, words, limit } = found;
  const next = newestUrls(db);
  // The newest pages' row keys are checked against their stored words: a row added around
  // Dexie (without words, leaving the page's stored words as they were) gets its page read
  // whole, so it is found at once, as the reader expects.
  const newest = await next(limit + 1);
  // Asked beside the newest pages' reads, not after them: a few small index reads, wasted when
  // those pages fill the screen, one wait fewer when they do not. A failure reads as no rare word.
  const rareAsked = rareCandidateKeys(db.annotations, words).catch(() => null);
  await visitByWords(db, found, newest, built, true);
  if (found.full || newest.length <= limit) return shown(found, !found.full);
  const rare = await rareAsked;
  if (rare) {
    const all = await searchByWords(db, filter, terms, rare, await candidateKeys(db.pages, words));
    // The newest pages' matches from their whole rows: they hold rows the index may lack.
    keepFirstSamples(found.matches);
    for (const [url, match] of found.matches) all.matches.set(url, match);
    return exact(db, all, limit);
  }
  let walked = newest.length;
  for (let size = 2 * (limit + 1); !found.full; size *= 2) {
    if (walked >= WORDS_WALK) {
      const rowKeys = await commonCandidateKeys(db.annotations, words);
      const pageKeys = await candidateKeys(db.pages, words);
      if (rowKeys.length <= SMALL_ENOUGH)
        return exact(db, await searchByWords(db, filter, terms, rowKeys, pageKeys), limit);
      return walkByKeys(db, found, next, new Set(rowKeys), new Set(pageKeys), size);
    }
    const urls = await next(size);
    if (urls.length === 0) return shown(found, true);
    await visitByWords(db, found, urls, built);
    walked += urls.length;
  }
  return shown(found, false);
}

async function exact(
  db: NewsmarkDb,
  { matches, truncated }: { matches: Matches; truncated: boolean },
  limit: number,
): Promise<NewestMatches> {
  const pages = await pagesNewestFirst(db, [...matches.keys()]);
  return {
    pages: pages.slice(0, limit),
    matches,
    matched: pages.length,
    complete: true,
    truncated,
    counts: new Map(),
  };
}

function shown(found: FoundPages, complete: boolean): NewestMatches {
  keepFirstSamples(found.matches);
  const { shown: pages, matches, counts } = found;
  return { pages, matches, matched: matches.size, complete, truncated: false, counts };
}

/**
 * Goes on through the pages newest first, `batch` pages at a time (doubling): reads each
 * page's row keys (no rows), then only its candidate rows, and the page records of pages with
 * candidates, until the screen is full or every page was seen.
 */
async function walkByKeys(
  db: NewsmarkDb,
  found: FoundPages,
  next: (n: number) => Promise<string[]>,
  candidates: ReadonlySet<string>,
  titled: ReadonlySet<string>,
  batch: number,
): Promise<NewestMatches> {
  for (let size = batch; !found.full; size *= 2) {
    const urls = await next(size);
    if (urls.length === 0) return shown(found, true);
    const keysOf = await Promise.all(
      urls.map((url) => db.annotations.where('url').equals(url).primaryKeys() as Promise<string[]>),
    );
    const hits = keysOf.flatMap((keys) => keys.filter((key) => candidates.has(key)));
    const wanted = urls.filter((url, i) => titled.has(url) || keysOf[i]?.some((key) => candidates.has(key)));
    const filtered = Boolean(found.filter.kind || found.filter.tag);
    const [pages, rows, withFilteredRow] = await Promise.all([
      db.pages.bulkGet(wanted),
      db.annotations.bulkGet(hits),
      // Only asked of pages whose title may match: a filtered title match needs such a row.
      Promise.all(wanted.map((url) => filtered && titled.has(url) && hasFilteredRow(db, url, found.filter))),
    ]);
    const rowsOf = new Map<string, AnnotationRow[]>();
    for (const row of rows) if (row) rowsOf.set(row.url, [...(rowsOf.get(row.url) ?? []), row]);
    for (const [i, page] of pages.entries())
      if (page) found.visit(page, rowsOf.get(page.url) ?? [], withFilteredRow[i] === true);
  }
  return shown(found, false);
}
