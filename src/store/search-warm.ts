import Dexie from 'dexie';
import type { AnnotationRow } from '../shared/records';
import type { NewsmarkDb } from './db';
import { type PageWords, pageWordsOf, readPageWords, storePageWords } from './search-page-words';
import { SHELF_SIZES, type ShelfEntry, Shelves, storeShelves } from './search-shelf';
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
  return running ? Dexie.waitFor(running.catch(() => undefined)) : null;
}

async function warm(db: NewsmarkDb): Promise<void> {
  const shelves = await Shelves.open(db);
  let shelved = 0;
  // Reading them through puts them in memory; their count says whether they serve.
  for (let pages = await shelves.next(); pages.length > 0; pages = await shelves.next())
    shelved += pages.length;
  if (shelves.head && (shelved >= WARM_PAGES || shelved >= (await db.pages.count()))) return;
  await build(db, shelves.stamp);
}

/**
 * Builds the first WARM_SHELVES shelves from the newest pages: their stored words where
 * there are some, else their rows read whole (those words are stored too). Stores once at the
 * end; nothing when a write came in since `stamp` (storeShelves).
 */
async function build(db: NewsmarkDb, stamp: unknown): Promise<void> {
  const urls = await newestUrls(db)(WARM_PAGES);
  const [stored, records] = await Promise.all([readPageWords(db, urls), db.pages.bulkGet(urls)]);
  const unread = urls.filter((_, i) => stored[i] === undefined);
  const rows = await db.transaction('r', db.annotations, () =>
    Promise.all(unread.map((url) => db.annotations.where('url').equals(url).toArray())),
  );
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
  if (built.size > 0) await storePageWords(db, stamp, built);
  await storeShelves(db, stamp, entries);
}
