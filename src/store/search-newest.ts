import type { AnnotationRow, PageRecord } from '../shared/records';
import { commonCandidateRowIds, rareCandidateRowIds, rowsOfPages } from './annotation-rows';
import type { NewsmarkDb } from './db';
import { pagesNewestFirst, type RowCounts } from './library';
import { hasFilteredRow, searchByWords, searchLibrary } from './search';
import { candidateKeys, queryIndexWords, SMALL_ENOUGH } from './search-candidates';
import { queryTerms } from './search-fold';
import { keepFirstSamples, type LibraryFilter, type Matches } from './search-match';
import { type BuiltWords, plan, visitByWords } from './search-page-walk';
import { readPageWords, storePageWords } from './search-page-words';
import { type ShelfEntry, Shelves, shelvesToStore, storeShelves, type WalkPage } from './search-shelf';
import { FoundPages, newestUrls } from './search-walk';
import { warmDone } from './search-warm';

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
 * The first `limit` pages matching a filter, newest visit first. A query with index words walks
 * the pages newest first by their stored words (search-page-words.ts), reading only the rows
 * that may match (and whole the pages without stored words, whose words are stored
 * afterwards), until the screen is full: common words cost a few hundred pages' words, not
 * their key lists nor every match. The walk takes its pages, in order and with their words,
 * from the shelves (search-shelf.ts: a few rows for the newest pages, built anew after a walk
 * that found them wanting), then from the visit-time index and each page's own words row. The
 * newest `limit` + 1 pages' row keys are checked against their words. Past those first pages,
 * when a query word is rare, its few candidate rows (search-candidates.ts) are read and matched
 * outright, for an exact count. Past WORDS_WALK pages (common words that rarely meet) the
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
  // A warm under way (the view just opened) is building the shelves from the pages this
  // search would read whole: waited for, not raced.
  await warmDone(db);
  // Read before the search, with the change stamp: a write after it moves the stamp, and
  // nothing is stored.
  const shelves = await Shelves.open(db);
  const walk: Walk = { pages: [], rest: [], misses: shelves.head?.stale.length ?? 0, built: new Map() };
  // No explicit transaction: its zone does not survive this many nested native awaits in every
  // browser (a live query then fails with PrematureCommitError). A write between two reads
  // changes the stamp, so the live query runs the search again.
  const result = await newestMatches(db, new FoundPages(filter, terms, words, limit), shelves, walk);
  const { built } = walk;
  const shelved = shelvesToStore(shelves, walk.pages, walk.rest, built, walk.misses);
  if (built.size > 0 || shelved)
    // From a fresh task: this runs in a live query, which cannot write.
    setTimeout(() => {
      storeWords(db, shelves.stamp, built, shelved).catch((error: unknown) => {
        if ((error as Error).name !== 'DatabaseClosedError')
          console.warn('Newsmark: search words not stored', error);
      });
    }, 0);
  return result;
}

async function storeWords(db: NewsmarkDb, stamp: unknown, built: BuiltWords, shelved: ShelfEntry[] | null) {
  if (built.size > 0) await storePageWords(db, stamp, built);
  if (shelved) await storeShelves(db, stamp, shelved);
}

/** What a walk went through: worth storing as shelves (search-shelf.ts). */
interface Walk {
  /** The pages visited, in order. */
  pages: WalkPage[];
  /** The last shelf's pages past them. */
  rest: WalkPage[];
  /** Pages visited whose words did not come from a shelf. */
  misses: number;
  built: BuiltWords;
}

/**
 * The first pages of `pages` up to the `need`-th that may match (by its words, or unread), and
 * whether they run out first.
 */
function upToCandidates(
  pages: readonly WalkPage[],
  need: number,
  words: readonly string[],
): { batch: WalkPage[]; short: boolean } {
  let found = 0;
  let end = 0;
  while (end < pages.length && found < need) if (plan('', pages[end++]?.words, words)) found++;
  return { batch: pages.slice(0, end), short: found < need };
}

async function newestMatches(
  db: NewsmarkDb,
  found: FoundPages,
  shelves: Shelves,
  walk: Walk,
): Promise<NewestMatches> {
  const { filter, terms, words, limit } = found;
  // Asked beside the newest pages' reads, not after them: a few small index reads, wasted when
  // those pages fill the screen, one wait fewer when they do not. Not asked up front when the
  // shelves at hand hold a screen of pages that may match (they almost always fill it: only a
  // kind or tag filter, or a term a word's start does not hold whole, turns one away). A
  // failure reads as no rare word.
  let rareAsked: Promise<string[] | null> | null = null;
  const askRare = () => {
    rareAsked ??= rareCandidateRowIds(db, words).catch(() => null);
    return rareAsked;
  };
  // The newest pages' row keys are checked against their stored words: a row added around
  // Dexie (without words, leaving the page's stored words as they were) gets its page read
  // whole, so it is found at once, as the reader expects.
  const visit = async (pages: WalkPage[]) => {
    await visitByWords(db, found, pages, walk.built, Math.max(0, limit + 1 - walk.pages.length));
    walk.pages.push(...pages);
  };
  // Past the first pages, a rare word's rows are read and matched outright, for an exact count.
  const rareAnswer = async (): Promise<NewestMatches | null> => {
    const rare = await askRare();
    if (!rare) return null;
    const all = await searchByWords(db, filter, terms, rare, await candidateKeys(db.pages, words));
    // The first pages' matches from their whole rows: they hold rows the index may lack.
    keepFirstSamples(found.matches);
    for (const [url, match] of found.matches) all.matches.set(url, match);
    return exact(db, all, limit);
  };
  let shelf = await shelves.next();
  if (upToCandidates(shelf, limit + 1, words).short) void askRare();
  for (; shelf.length > 0; shelf = await shelves.next()) {
    while (shelf.length > 0 && !found.full) {
      const { batch, short } = upToCandidates(shelf, limit + 1 - found.matches.size, words);
      if (short) shelves.prefetch();
      const first = walk.pages.length === 0;
      await visit(batch);
      shelf = shelf.slice(batch.length);
      const rare = first && !found.full ? await rareAnswer() : null;
      if (rare) return rare;
    }
    walk.rest = shelf;
    if (found.full) return shown(found, false);
  }
  // Past the shelves (or without any): the pages' own words, newest first from the index.
  const times = new Map<string, number>();
  const next = newestUrls(db, shelves.start(), times);
  const readWalk = async (n: number): Promise<WalkPage[]> => {
    const urls = await next(n);
    // Every page's record beside its words: no wait more, and the shelves built from the walk hold them.
    const [stored, records] = await Promise.all([readPageWords(db, urls), db.pages.bulkGet(urls)]);
    walk.misses += urls.length;
    return urls.map((url, i) => ({
      url,
      lastSeen: times.get(url) ?? 0,
      words: stored[i],
      record: records[i],
    }));
  };
  for (let size = limit + 1; !found.full; size *= 2) {
    if (walk.pages.length >= WORDS_WALK) {
      const rowKeys = await commonCandidateRowIds(db, words);
      const pageKeys = await candidateKeys(db.pages, words);
      if (rowKeys.length <= SMALL_ENOUGH)
        return exact(db, await searchByWords(db, filter, terms, rowKeys, pageKeys), limit);
      return walkByKeys(db, found, next, new Set(rowKeys), new Set(pageKeys), size);
    }
    const pages = await readWalk(size);
    if (pages.length === 0) return shown(found, true);
    const first = walk.pages.length === 0;
    await visit(pages);
    if (first && !found.full && pages.length > limit) {
      const rare = await rareAnswer();
      if (rare) return rare;
    }
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
    // Each page's rows with its packs (one read a page): its candidates are among them.
    const rowsByPage = await rowsOfPages(db, urls);
    const hits = rowsByPage.flatMap((rows) => rows.filter((row) => candidates.has(row.id)));
    const wanted = urls.filter(
      (url, i) => titled.has(url) || rowsByPage[i]?.some((row) => candidates.has(row.id)),
    );
    const filtered = Boolean(found.filter.kind || found.filter.tag);
    const [pages, withFilteredRow] = await Promise.all([
      db.pages.bulkGet(wanted),
      // Only asked of pages whose title may match: a filtered title match needs such a row.
      Promise.all(wanted.map((url) => filtered && titled.has(url) && hasFilteredRow(db, url, found.filter))),
    ]);
    const rowsOf = new Map<string, AnnotationRow[]>();
    for (const row of hits) rowsOf.set(row.url, [...(rowsOf.get(row.url) ?? []), row]);
    for (const [i, page] of pages.entries())
      if (page) found.visit(page, rowsOf.get(page.url) ?? [], withFilteredRow[i] === true);
  }
  return shown(found, false);
}
