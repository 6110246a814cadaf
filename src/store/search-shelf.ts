import type { PageRecord } from '../shared/records';
import type { NewsmarkDb } from './db';
import { CHANGE_KEY, SHELF_HEAD_KEY, shelfKey } from './derived-keys';
import { newestFirst } from './library';
import { type PageWords, readPageWords } from './search-page-words';
import type { NewestStart } from './search-walk';

/**
 * Pages per shelf, newest first: the first holds a screen's worth, each next one twice as
 * many. One row read gives a walk its pages' order and words, where reading each page's costs
 * a request per page (about a fifth of a millisecond apiece in Chromium, more than the bytes)
 * and the visit-time index a cursor step per page.
 */
export const SHELF_SIZES = [32, 64, 128, 256, 512];
/** Shelves read together once the first falls short: the walk doubles twice in one wait. */
const AHEAD = 2;
/**
 * Pages written since the shelves were built that the head lists; past it, a write drops the
 * shelves (derived-invalidation.ts) and the next search builds them anew.
 */
export const MAX_STALE = 64;
/** Pages a search walked without a shelf's words before it builds the shelves anew. */
const REBUILD_MISSES = 8;

/** The head row: which set the shelves belong to, how many there are, and what is stale in them. */
export interface ShelfHead {
  set: string;
  shelves: number;
  /** Pages written since the set was built: their entries are stale, their pages read anew. */
  stale: string[];
}

/**
 * A page on a shelf: its url, its visit time, its search words (search-page-words.ts) and its
 * record when the walk read it (the search reads the record of a page that may match).
 */
export type ShelfEntry = [url: string, lastSeen: number, words: PageWords, record: PageRecord | null];

/** A page of the walk: its words undefined when none are stored (it is then read whole). */
export interface WalkPage {
  url: string;
  lastSeen: number;
  words: PageWords | undefined;
  record?: PageRecord | undefined;
}

/**
 * The shelves of a set this context read or stored, by database: a set's shelves never change
 * once stored (a write lists its pages as stale in the head, or drops the set), so a search
 * whose head names the set reads none of them again. Spares the first search the read of
 * freshly written rows, slow in Chromium's IndexedDB, once the view warmed them (search-warm.ts).
 */
const knownShelves = new WeakMap<NewsmarkDb, { set: string; shelves: unknown[] }>();

const isHead = (value: unknown): value is ShelfHead =>
  typeof value === 'object' && value !== null && Array.isArray((value as ShelfHead).stale);

/**
 * The newest pages in visit order with their words, from the shelves: the pages on them as
 * they were built, less the pages written since (stale), which are read anew and put in their
 * place when they now sort among them. Every page newer than the last shelved one is on a
 * shelf or stale, so the pages given, shelf by shelf, are the newest pages, all of them.
 */
export class Shelves {
  private readonly stale: ReadonlySet<string>;
  private readonly staleNow: WalkPage[] = [];
  private shelves: unknown[];
  /** The next shelves, asked before they are needed (prefetch). */
  private ahead: Promise<unknown[]> | null = null;
  private read = 0;
  private last: { url: string; lastSeen: number } | null = null;
  /** The pages given so far, with their visit times. */
  private readonly given = new Map<string, number>();

  private constructor(
    private readonly db: NewsmarkDb,
    /** The change stamp read with the head: storing is skipped when a write came in since. */
    readonly stamp: unknown,
    readonly head: ShelfHead | undefined,
    first: unknown[],
  ) {
    this.stale = new Set(head?.stale);
    this.shelves = first;
  }

  /**
   * Reads the change stamp, the head and the first shelf in one request (one snapshot), then
   * the stale pages. A set this context read or stored before is not read again (knownShelves).
   */
  static async open(db: NewsmarkDb): Promise<Shelves> {
    const known = knownShelves.get(db);
    const keys = known ? [CHANGE_KEY, SHELF_HEAD_KEY] : [CHANGE_KEY, SHELF_HEAD_KEY, shelfKey(0)];
    const [changed, headRow, ...first] = await db.derived.bulkGet(keys);
    const head = isHead(headRow?.value) ? headRow.value : undefined;
    const shelves = new Shelves(
      db,
      changed?.value ?? null,
      head,
      // Another set (stored by another context) is read from its first shelf on (next).
      known && known.set === head?.set ? known.shelves : first.map((row) => row?.value),
    );
    shelves.remember();
    if (head && head.stale.length > 0) {
      const [pages, words] = await Promise.all([db.pages.bulkGet(head.stale), readPageWords(db, head.stale)]);
      pages.forEach((page, i) => {
        if (page)
          shelves.staleNow.push({ url: page.url, lastSeen: page.lastSeen, words: words[i], record: page });
      });
    }
    return shelves;
  }

  /** Keeps the shelves read for the next search, when they are all of the head's set. */
  private remember(): void {
    const { head, shelves } = this;
    if (head && shelves.length > 0 && shelves.every((shelf) => (shelf as { set?: string })?.set === head.set))
      knownShelves.set(this.db, { set: head.set, shelves: [...shelves] });
  }

  /**
   * The pages of the shelves read and not given yet (of the next shelf when all were), in visit
   * order, with the stale pages that now sort among them; [] past the last shelf.
   */
  async next(): Promise<WalkPage[]> {
    const { head } = this;
    if (!head || this.read >= head.shelves) return [];
    if (this.read >= this.shelves.length) {
      this.prefetch();
      this.shelves.push(...((await this.ahead) ?? []));
      this.ahead = null;
      this.remember();
    }
    const pages: WalkPage[] = [];
    for (; this.read < Math.min(this.shelves.length, head.shelves); this.read++) {
      const shelf = this.shelves[this.read] as { set?: string; entries?: ShelfEntry[] } | undefined;
      // A shelf of another set (built between two reads): the walk goes on from the index.
      if (shelf?.set !== head.set || !shelf.entries) {
        this.read = head.shelves;
        break;
      }
      for (const [url, lastSeen, words, record] of shelf.entries)
        if (!this.stale.has(url)) pages.push({ url, lastSeen, words, record: record ?? undefined });
      const end = shelf.entries[shelf.entries.length - 1];
      if (end) this.last = { url: end[0], lastSeen: end[1] };
    }
    const last = this.last;
    for (const page of this.staleNow)
      if (!this.given.has(page.url) && (!last || newestFirst(page, last) <= 0)) pages.push(page);
    pages.sort(newestFirst);
    for (const page of pages) this.given.set(page.url, page.lastSeen);
    return pages;
  }

  /**
   * Starts reading the next shelf: called when the pages given so far cannot fill the screen,
   * so the read goes beside theirs instead of after them.
   */
  prefetch(): void {
    const from = this.shelves.length;
    const to = Math.min(from + AHEAD, this.head?.shelves ?? 0);
    if (this.ahead || to <= from) return;
    const keys = Array.from({ length: to - from }, (_, i) => shelfKey(from + i));
    this.ahead = this.db.derived.bulkGet(keys).then((rows) => rows.map((row) => row?.value));
  }

  /** Where the visit-time index takes over once every shelf was given (null: from the newest page). */
  start(): NewestStart | null {
    const { last } = this;
    if (!last) return null;
    let atFloor = 0;
    for (const lastSeen of this.given.values()) if (lastSeen === last.lastSeen) atFloor++;
    return { floor: last.lastSeen, atFloor };
  }
}

/**
 * The shelves to store after a walk, or null when the present ones serve: the pages walked
 * (their words read whole where `built` has them), then the rest of the last shelf given, up
 * to its first page without words (a shelf must hold every page down to its last one).
 * `misses`: walked pages whose words did not come from a shelf.
 */
export function shelvesToStore(
  shelves: Shelves,
  walked: readonly WalkPage[],
  rest: readonly WalkPage[],
  built: ReadonlyMap<string, PageWords>,
  misses: number,
): ShelfEntry[] | null {
  if (shelves.head && misses + built.size < REBUILD_MISSES) return null;
  const entries: ShelfEntry[] = [];
  const cap = SHELF_SIZES.reduce((a, b) => a + b);
  for (const page of [...walked, ...rest]) {
    const words = built.get(page.url) ?? page.words;
    if (!words || entries.length >= cap) break;
    entries.push([page.url, page.lastSeen, words, page.record ?? null]);
  }
  return entries;
}

/**
 * Stores a new set of shelves and an empty stale list, unless a write came in since `stamp`
 * (its pages' entries would be stale, unlisted); says whether it did. From a fresh task, as
 * storePageWords.
 */
export async function storeShelves(
  db: NewsmarkDb,
  stamp: unknown,
  entries: readonly ShelfEntry[],
): Promise<boolean> {
  const set = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const rows: { key: string; value: { set: string; entries: ShelfEntry[] } }[] = [];
  for (let i = 0, from = 0; i < SHELF_SIZES.length && from < entries.length; i++) {
    const size = SHELF_SIZES[i] as number;
    rows.push({ key: shelfKey(i), value: { set, entries: entries.slice(from, from + size) } });
    from += size;
  }
  const head: ShelfHead = { set, shelves: rows.length, stale: [] };
  const stored = await db.transaction('rw', db.derived, async () => {
    if (((await db.derived.get(CHANGE_KEY))?.value ?? null) !== stamp) return false;
    await db.derived.bulkPut([...rows, { key: SHELF_HEAD_KEY, value: head }]);
    await db.derived.bulkDelete(SHELF_SIZES.map((_, i) => shelfKey(i)).slice(rows.length));
    return true;
  });
  if (stored) knownShelves.set(db, { set, shelves: rows.map((row) => row.value) });
  return stored;
}
