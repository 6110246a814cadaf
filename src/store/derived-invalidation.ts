import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  BUNDLE_KEYS,
  CHANGE_KEY,
  DIRTY_KEY,
  PAGE_WORDS_END,
  PAGE_WORDS_PREFIX,
  PROJECTION_END,
  PROJECTION_PREFIX,
  pageWordsKey,
  projectionKey,
  SHELF_END,
  SHELF_HEAD_KEY,
} from './derived-keys';
import { MAX_STALE, type ShelfHead } from './search-shelf';

const SOURCES = new Set(['pages', 'packs']);
const DERIVED = 'derived';

let stamps = 0;
/** Unique per write, across contexts: equality is all a reader asks of it. */
const newStamp = () =>
  `${Date.now().toString(36)}-${(++stamps).toString(36)}-${Math.random().toString(36).slice(2)}`;

/*
 * Promise chains, not async functions, below: Dexie's middlewares under this one (its cache,
 * its observability) need the caller's transaction zone, which Dexie's own promises carry
 * through `then` and a native `await` drops.
 */

/** The urls a write to pages or annotation packs touches (a pack's key starts with its url). */
function touchedUrls(table: DBCoreTable, req: DBCoreMutateRequest): string[] | 'all' | Promise<string[]> {
  if (req.type === 'deleteRange') return 'all';
  if (req.type !== 'delete') return req.values.map((row: { url: string }) => row.url);
  if (table.name === 'pages') return req.keys as string[];
  return (req.keys as [string, number][]).map((key) => key[0]);
}

/**
 * The urls whose projections and search words a transaction has already dropped and listed as dirty, since its
 * last write to `derived` through Dexie (a writer putting fresh projections must see them
 * dropped again by a later row write). A bulk write of many chunks (an import) then drops each
 * page's projection once, not once per chunk.
 */
const invalidatedIn = new WeakMap<DBCoreTransaction, Set<string>>();

function invalidate(
  derived: DBCoreTable,
  trans: DBCoreTransaction,
  urls: string[] | 'all',
): Promise<unknown> {
  const stamp = () =>
    derived.mutate({ type: 'put', trans, values: [{ key: CHANGE_KEY, value: newStamp() }] });
  const deleteBetween = (lower: string, upper: string) =>
    derived.mutate({
      type: 'deleteRange',
      trans,
      range: { type: 2 as DBCoreKeyRange['type'], lower, upper, upperOpen: true },
    });
  if (urls === 'all') {
    invalidatedIn.delete(trans);
    return deleteBetween(PROJECTION_PREFIX, PROJECTION_END)
      .then(() => deleteBetween(PAGE_WORDS_PREFIX, PAGE_WORDS_END))
      .then(() => deleteBetween(SHELF_HEAD_KEY, SHELF_END))
      .then(() => derived.mutate({ type: 'delete', trans, keys: [...BUNDLE_KEYS, DIRTY_KEY] }))
      .then(stamp);
  }
  const done = invalidatedIn.get(trans) ?? new Set<string>();
  invalidatedIn.set(trans, done);
  const fresh = [...new Set(urls)].filter((url) => !done.has(url));
  if (fresh.length === 0) return stamp();
  for (const url of fresh) done.add(url);
  return derived
    .mutate({ type: 'delete', trans, keys: [...fresh.map(projectionKey), ...fresh.map(pageWordsKey)] })
    .then(() => derived.get({ trans, key: DIRTY_KEY }))
    .then((dirty: { value: string[] } | undefined) => {
      const value = dirty ? [...new Set([...dirty.value, ...fresh])] : fresh;
      return derived.mutate({ type: 'put', trans, values: [{ key: DIRTY_KEY, value }] });
    })
    .then(() => derived.get({ trans, key: SHELF_HEAD_KEY }))
    .then((head: { value: ShelfHead } | undefined) => {
      // The search shelves (search-shelf.ts) list the pages written since they were built; past
      // MAX_STALE they go, and the next search builds them anew.
      if (!head) return;
      const stale = [...new Set([...head.value.stale, ...fresh])];
      return stale.length > MAX_STALE
        ? deleteBetween(SHELF_HEAD_KEY, SHELF_END)
        : derived.mutate({
            type: 'put',
            trans,
            values: [{ key: SHELF_HEAD_KEY, value: { ...head.value, stale } }],
          });
    })
    .then(stamp);
}

/**
 * Keeps the `derived` caches honest whoever writes: every write transaction on pages or
 * annotations also covers `derived`, and each write there drops the projections and search
 * words of the pages it touched, lists them as dirty (the bundle holds stale copies of them)
 * and as stale in the search shelves, and puts a new change stamp, in the same transaction. So a projection is never
 * older than its rows, even for writes that bypass the store's functions (tests, an import),
 * and a reader learns of any change from one key. Writers may put fresh projections after
 * their last row write (replaceAutoAnnotations does).
 */
export function derivedInvalidationMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'newsmark-derived-invalidation',
    // Below Dexie's hooks (2), which need the caller's transaction zone that an await here
    // loses; above its observability (0), so live queries see the writes to `derived`.
    level: 1.5,
    create: (down) => {
      const hasDerived = down.schema.tables.some((t) => t.name === DERIVED);
      if (!hasDerived) return down;
      return {
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(
            mode === 'readwrite' && stores.some((s) => SOURCES.has(s)) && !stores.includes(DERIVED)
              ? [...stores, DERIVED]
              : stores,
            mode,
            options,
          ),
        table: (name) => {
          const table = down.table(name);
          if (name === DERIVED)
            return {
              ...table,
              mutate: (req) => {
                invalidatedIn.delete(req.trans);
                return table.mutate(req);
              },
            };
          if (!SOURCES.has(name)) return table;
          return {
            ...table,
            mutate: (req) => {
              const write = (urls: string[] | 'all') =>
                table
                  .mutate(req)
                  .then((result) => invalidate(down.table(DERIVED), req.trans, urls).then(() => result));
              const urls = touchedUrls(table, req);
              return Array.isArray(urls) || urls === 'all' ? write(urls) : urls.then(write);
            },
          };
        },
      };
    },
  };
}
