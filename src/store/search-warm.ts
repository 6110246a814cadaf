import Dexie from 'dexie';
import type { AnnotationRow } from '../shared/records';
import { rowsOfPages } from './annotation-rows';
import type { NewsmarkDb } from './db';
import { LIBRARY_PAGE_SIZE } from './library';
import { rowKeysOf } from './search-page-walk';
import { type PageWords, pageWordsOf, readPageWords, storePageWords } from './search-page-words';
import { SHELF_SIZES, type ShelfEntry, Shelves, storeShelves, type WalkPage } from './search-shelf';
import { newestUrls } from './search-walk';

/**
 * Shelves the warm builds when there are none (just after an import): 224 pages, the first
 * screen of a pair of common words that meet on one page in seven. Past them a search walks on
 * as before (and stores longer shelves when it had to read pages whole); building more here
 * would read pages whole while the reader's first searches run.
 */
export const WARM_SHELVES = 3;
const WARM_PAGES = SHELF_SIZES.slice(0, WARM_SHELVES).reduce((a, b) => a + b);

const warming = new WeakMap<NewsmarkDb, Promise<void>>();

/**
 * Makes the library search ready before the reader types (the library view calls it once its
 * list shows): builds the search shelves when there are none (an import drops them, and the
 * first search would otherwise read the newest pages whole, a second or more), or reads the
 * stored ones into memory (search-shelf.ts keeps them), so the first search reads neither.
 * One warm at a time per connection; a failure is the caller's to report.
 */
export function warmSearch(db: NewsmarkDb): Promise<void> {
  const running = warming.get(db);
  if (running) return running;
  const run = warm(db).finally(() => warming.delete(db));
  warming.set(db, run);
  return run;
}

/**
 * Resolves once the warm under way (if any) is done, whatever its outcome: a search waits for
 * it rather than read the same pages whole beside it. A Dexie promise, so a live query that
 * awaits it keeps its zone (its reads after it are still watched).
 */
export function warmDone(db: NewsmarkDb): PromiseLike<void> | null {
  const running = warming.get(db);
  return running ? Dexie.Promise.resolve(running.catch(() => undefined)) : null;
}

/** A page as the warm's rehearsal needs it. */
type Rehearsed = Pick<WalkPage, 'url' | 'words'>;

async function warm(db: NewsmarkDb): Promise<void> {
  const shelves = await Shelves.open(db);
  const newest: WalkPage[] = [];
  // Reading them through puts them in memory; their count says whether they serve.
  for (let pages = await shelves.next(); pages.length > 0; pages = await shelves.next())
    newest.push(...pages);
  const built =
    !shelves.head || (newest.length < WARM_PAGES && newest.length < (await db.pages.count()))
      ? await build(db, shelves.stamp)
      : newest;
  await rehearse(db, built.slice(0, LIBRARY_PAGE_SIZE + 1));
}

/**
 * The reads a search makes first, made once ahead: the newest screen's rows with their packs
 * (every search checks their ids, search-page-walk.ts, and reads its candidate rows the same
 * way). After a reload the first search paid for them cold: 130-150 ms more than the next one
 * at a load of 15 on two cores.
 */
async function rehearse(db: NewsmarkDb, pages: readonly Rehearsed[]): Promise<void> {
  await rowKeysOf(
    db,
    pages.map((page) => page.url),
  );
}

/**
 * Builds the first WARM_SHELVES shelves from the newest pages: their stored words where
 * there are some, else their rows read whole (those words are stored too, after the shelves).
 * Stores once at the end; nothing when a write came in since `stamp` (storeShelves). Gives
 * the pages shelved.
 */
async function build(db: NewsmarkDb, stamp: unknown): Promise<Rehearsed[]> {
  const urls = await newestUrls(db)(WARM_PAGES);
  const [stored, records] = await Promise.all([readPageWords(db, urls), db.pages.bulkGet(urls)]);
  const unread = urls.filter((_, i) => stored[i] === undefined);
  const rows = await rowsOfPages(db, unread);
  const rowsOf = new Map<string, AnnotationRow[]>(unread.map((url, i) => [url, rows[i] ?? []]));
  const built = new Map<string, PageWords>();
  const entries: ShelfEntry[] = [];
  urls.forEach((url, i) => {
    const record = records[i];
    // Deleted since its url was read: the write moved the stamp, and nothing is stored.
    if (!record) return;
    let words = stored[i];
    if (words === undefined) {
      words = pageWordsOf(record, rowsOf.get(url) ?? []);
      built.set(url, words);
    }
    entries.push([url, record.lastSeen, words, record]);
  });
  // The shelves first: a search waiting for the warm goes on once they are stored. The pages'
  // own words (for a rebuild once the shelves go stale) are stored after, from a later task.
  const shelved = await storeShelves(db, stamp, entries);
  if (shelved && built.size > 0)
    setTimeout(() => {
      storePageWords(db, stamp, built).catch((error: unknown) => {
        if ((error as Error).name !== 'DatabaseClosedError')
          console.warn('Newsmark: search words not stored', error);
      });
    }, 0);
  return entries.map(([url, , words]) => ({ url, words }));
}
