import Dexie, { type Table } from 'dexie';
import type { AnnotationRow } from '../shared/records';
import { PACK_ROWS, type Pack, type PackKey, packRows, type StoredPack } from './annotation-packs';
import type { NewsmarkDb } from './db';
import { candidateKeys, commonCandidateKeys, rareCandidateKeys } from './search-candidates';
import { annotationWords, OVERFLOW_WORD } from './search-words';

/**
 * The one module that reads and writes annotation rows, which live in packs of a page's rows
 * (annotation-packs.ts). Every other reader and writer goes through these functions; a
 * transaction names the storage through `annotationStore`. Rows come back as written. A page's
 * rows come in [origin, id] order, every row in id order, as the one-record-a-row table gave
 * them.
 */

/** The table to name in a transaction that reads or writes annotations. */
export function annotationStore(db: NewsmarkDb): Table {
  return db.packs;
}

const byOriginThenId = (a: AnnotationRow, b: AnnotationRow) =>
  a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const byId = (a: AnnotationRow, b: AnnotationRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const rowsOf = (packs: readonly Pack[]) => packs.flatMap((pack) => pack.rows);

function packsOfPage(db: NewsmarkDb, url: string): Promise<StoredPack[]> {
  return db.packs.where(':id').between([url, Dexie.minKey], [url, Dexie.maxKey], true, true).toArray();
}

/**
 * The packs holding any of `ids` (once each), by pack key text. Their keys first: the index
 * gives a pack once per id asked, and reading values there would clone a pack that often.
 */
async function packsHolding(db: NewsmarkDb, ids: readonly string[]): Promise<Map<string, StoredPack>> {
  const packs = new Map<string, StoredPack>();
  if (ids.length === 0) return packs;
  const keys = new Map<string, PackKey>();
  for (const key of (await db.packs
    .where('ids')
    .anyOf([...ids])
    .primaryKeys()) as PackKey[])
    keys.set(JSON.stringify(key), key);
  const read = await db.packs.bulkGet([...keys.values()]);
  [...keys.keys()].forEach((text, i) => {
    const pack = read[i];
    if (pack) packs.set(text, pack);
  });
  return packs;
}

/** The rows of `packs` by id. */
function rowsById(packs: Iterable<Pack>): Map<string, AnnotationRow> {
  const out = new Map<string, AnnotationRow>();
  for (const pack of packs) for (const row of pack.rows) out.set(row.id, row);
  return out;
}

/** One row by id, if it is still stored. */
export async function rowById(db: NewsmarkDb, id: string): Promise<AnnotationRow | undefined> {
  const pack = await db.packs.where('ids').equals(id).first();
  return pack?.rows.find((row) => row.id === id);
}

/** Rows by id, in the order asked (undefined where gone). */
export async function rowsByIds(
  db: NewsmarkDb,
  ids: readonly string[],
): Promise<(AnnotationRow | undefined)[]> {
  if (ids.length === 0) return [];
  const found = rowsById((await packsHolding(db, ids)).values());
  return ids.map((id) => found.get(id));
}

/** Every row of a page. */
export async function rowsOfPage(db: NewsmarkDb, url: string): Promise<AnnotationRow[]> {
  return rowsOf(await packsOfPage(db, url)).sort(byOriginThenId);
}

/** Past this many pages, one read of every pack's key tells which pages have rows at all. */
const KEYS_FIRST_FROM = 500;

/**
 * Which of `urls` have packs, when they are many (an import names thousands of pages, most of
 * them new): one key-only read of the table instead of a request per page. Null: ask each.
 */
async function pagesWithPacks(db: NewsmarkDb, urls: readonly string[]): Promise<Set<string> | null> {
  if (urls.length < KEYS_FIRST_FROM) return null;
  const keys = (await db.packs.toCollection().primaryKeys()) as PackKey[];
  return new Set(keys.map((key) => key[0]));
}

/** The packs of each page, in one transaction (one per page would cost a transaction each). */
function packsOfPages(db: NewsmarkDb, urls: readonly string[]): Promise<StoredPack[][]> {
  if (urls.length === 0) return Promise.resolve([]);
  return db.transaction('r', db.packs, async () => {
    const stored = await pagesWithPacks(db, urls);
    return Promise.all(urls.map((url) => (stored && !stored.has(url) ? [] : packsOfPage(db, url))));
  });
}

/** Every row of each page. */
export async function rowsOfPages(db: NewsmarkDb, urls: readonly string[]): Promise<AnnotationRow[][]> {
  return (await packsOfPages(db, urls)).map((packs) => rowsOf(packs).sort(byOriginThenId));
}

/** A page's rows of one origin (the automatic rows of a visit, or the reader's own). */
export async function rowsOfPageOrigin(
  db: NewsmarkDb,
  url: string,
  origin: AnnotationRow['origin'],
): Promise<AnnotationRow[]> {
  return (await rowsOfPage(db, url)).filter((row) => row.origin === origin);
}

/** The rows of one origin of many pages. */
export async function rowsOfPagesOrigin(
  db: NewsmarkDb,
  urls: readonly string[],
  origin: AnnotationRow['origin'],
): Promise<AnnotationRow[]> {
  return (await rowsOfPages(db, urls)).flat().filter((row) => row.origin === origin);
}

/** The row ids of each page. */
export async function rowIdsOfPages(db: NewsmarkDb, urls: readonly string[]): Promise<string[][]> {
  return (await rowsOfPages(db, urls)).map((rows) => rows.map((row) => row.id));
}

/** Whether a page has a row `keep` accepts. */
export async function pageHasRow(
  db: NewsmarkDb,
  url: string,
  keep: (row: AnnotationRow) => boolean,
): Promise<boolean> {
  return (await rowsOfPage(db, url)).some(keep);
}

/** Every row, in id order. */
export async function allRows(db: NewsmarkDb): Promise<AnnotationRow[]> {
  return rowsOf(await db.packs.toArray()).sort(byId);
}

/**
 * Calls `visit` on every row, a slice of packs at a time (page by page, not in id order),
 * until `max` rows were visited; true when rows were left unvisited.
 */
export async function eachRow(
  db: NewsmarkDb,
  visit: (row: AnnotationRow) => void,
  max: number,
  packsPerRead = 100,
): Promise<boolean> {
  let visited = 0;
  let after: PackKey | null = null;
  for (;;) {
    const range = after === null ? db.packs.toCollection() : db.packs.where(':id').above(after);
    const packs: StoredPack[] = await range.limit(packsPerRead).toArray();
    for (const pack of packs)
      for (const row of pack.rows) {
        if (visited === max) return true;
        visit(row);
        visited++;
      }
    if (packs.length < packsPerRead) return false;
    const last = packs[packs.length - 1]!;
    after = [last.url, last.part];
  }
}

/** Up to `limit` rows carrying `tag`. */
export async function rowsByTag(db: NewsmarkDb, tag: string, limit: number): Promise<AnnotationRow[]> {
  const packs = await db.packs.where('tags').equals(tag).toArray();
  return rowsOf(packs)
    .filter((row) => row.tags.includes(tag))
    .sort(byId)
    .slice(0, limit);
}

/** Every tag some row carries, in index order. */
export async function tagsInUse(db: NewsmarkDb): Promise<string[]> {
  return (await db.packs.orderBy('tags').uniqueKeys()).map(String);
}

/**
 * The stored rows among `ids`, by id. Which ids exist is asked of the ids index first, one
 * key-range read per slice of the sorted ids (IndexedDB orders strings as `sort()` does), so
 * only packs holding some are read: an import of new rows costs a few index reads.
 */
export async function storedRowsByIds(
  db: NewsmarkDb,
  ids: readonly string[],
  chunk: number,
): Promise<Map<string, AnnotationRow>> {
  const sorted = [...new Set(ids)].sort();
  const present: string[] = [];
  for (let i = 0; i < sorted.length; i += chunk) {
    const slice = sorted.slice(i, i + chunk);
    const wanted = new Set(slice);
    const inRange = (await db.packs
      .where('ids')
      .between(slice[0]!, slice.at(-1)!, true, true)
      .keys()) as string[];
    for (const key of inRange) if (wanted.has(key)) present.push(key);
  }
  const out = new Map<string, AnnotationRow>();
  for (let i = 0; i < present.length; i += chunk) {
    const slice = present.slice(i, i + chunk);
    const found = rowsById((await packsHolding(db, slice)).values());
    for (const id of slice) {
      const row = found.get(id);
      if (row) out.set(id, row);
    }
  }
  return out;
}

/** Whether the one-record-a-row word index would have listed this row for `words`. */
function rowAdmits(row: AnnotationRow, words: readonly string[]): boolean {
  const own = annotationWords(row);
  return own.includes(OVERFLOW_WORD) || words.every((word) => own.some((w) => w.startsWith(word)));
}

/** The ids of the rows of the packs keyed `keys` (as text) that the word index admits, sorted. */
async function admittedIds(db: NewsmarkDb, keys: readonly string[], words: readonly string[]) {
  if (keys.length === 0) return [];
  const packs = await db.packs.bulkGet(keys.map((key) => JSON.parse(key) as PackKey));
  const ids: string[] = [];
  for (const pack of packs)
    if (pack) for (const row of pack.rows) if (rowAdmits(row, words)) ids.push(row.id);
  return ids.sort();
}

/**
 * Ids of the rows that may hold every word (search-candidates.ts: candidateKeys over the
 * packs' word index, then each candidate pack's rows by their own words), sorted.
 */
export async function candidateRowIds(db: NewsmarkDb, words: readonly string[]): Promise<string[]> {
  return admittedIds(db, await candidateKeys(db.packs, words), words);
}

/** candidateRowIds when some word is rare (in few packs); null when every word is common. */
export async function rareCandidateRowIds(
  db: NewsmarkDb,
  words: readonly string[],
): Promise<string[] | null> {
  const keys = await rareCandidateKeys(db.packs, words);
  return keys === null ? null : admittedIds(db, keys, words);
}

/** candidateRowIds from the words' whole lists (commonCandidateKeys). */
export async function commonCandidateRowIds(db: NewsmarkDb, words: readonly string[]): Promise<string[]> {
  return admittedIds(db, await commonCandidateKeys(db.packs, words), words);
}

/** Writes the changed packs: an emptied one is deleted. */
async function writePacks(db: NewsmarkDb, packs: Iterable<Pack>): Promise<void> {
  const put: Pack[] = [];
  const gone: PackKey[] = [];
  for (const pack of packs)
    if (pack.rows.length > 0) put.push({ url: pack.url, part: pack.part, rows: pack.rows });
    else gone.push([pack.url, pack.part]);
  if (gone.length > 0) await db.packs.bulkDelete(gone);
  if (put.length > 0) await db.packs.bulkPut(put as StoredPack[]);
}

/** Adds rows (none held yet) at the end of their pages' last packs, new packs past PACK_ROWS. */
async function append(db: NewsmarkDb, rows: readonly AnnotationRow[], changed: Map<string, Pack>) {
  const byUrl = new Map<string, AnnotationRow[]>();
  for (const row of rows) {
    const list = byUrl.get(row.url);
    if (list) list.push(row);
    else byUrl.set(row.url, [row]);
  }
  const lasts = await packsOfPages(db, [...byUrl.keys()]);
  [...byUrl.values()].forEach((list, i) => {
    const packs = (lasts[i] ?? []).map((p) => changed.get(JSON.stringify([p.url, p.part])) ?? p);
    const last = packs.at(-1);
    let rest = list;
    if (last && last.rows.length < PACK_ROWS) {
      const room = PACK_ROWS - last.rows.length;
      last.rows = [...last.rows, ...rest.slice(0, room)];
      changed.set(JSON.stringify([last.url, last.part]), last);
      rest = rest.slice(room);
    }
    for (const pack of packRows(rest, last ? last.part + 1 : 0))
      changed.set(JSON.stringify([pack.url, pack.part]), pack);
  });
}

/** Adds new rows; rejects (and, inside a transaction, aborts it) when an id is already held. */
export async function addRows(db: NewsmarkDb, rows: readonly AnnotationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction('rw', db.packs, async () => {
    const ids = rows.map((row) => row.id);
    if (new Set(ids).size < ids.length || (await db.packs.where('ids').anyOf(ids).count()) > 0)
      throw new Dexie.ConstraintError('an annotation with this id is already stored');
    const changed = new Map<string, Pack>();
    await append(db, rows, changed);
    await writePacks(db, changed.values());
  });
}

/**
 * Writes rows whole, replacing any under the same ids (in place, or moved to its page's packs
 * when its page changed). All rows of one call land in one write per pack: an import passes
 * every row at once.
 */
export async function putRows(db: NewsmarkDb, rows: readonly AnnotationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction('rw', db.packs, async () => {
    const latest = new Map(rows.map((row) => [row.id, row]));
    const changed = await packsHolding(db, [...latest.keys()]);
    const placed = new Set<string>();
    for (const pack of changed.values())
      pack.rows = pack.rows.flatMap((row) => {
        const next = latest.get(row.id);
        if (!next) return [row];
        if (next.url !== pack.url || placed.has(row.id)) return [];
        placed.add(row.id);
        return [next];
      });
    await append(
      db,
      [...latest.values()].filter((row) => !placed.has(row.id)),
      changed as Map<string, Pack>,
    );
    await writePacks(db, changed.values());
  });
}

/** Removes the rows `drop` accepts from `packs`; returns how many went. */
async function dropRows(db: NewsmarkDb, packs: readonly Pack[], drop: (row: AnnotationRow) => boolean) {
  let dropped = 0;
  const changed: Pack[] = [];
  for (const pack of packs) {
    const kept = pack.rows.filter((row) => !drop(row));
    if (kept.length === pack.rows.length) continue;
    dropped += pack.rows.length - kept.length;
    changed.push({ ...pack, rows: kept });
  }
  await writePacks(db, changed);
  return dropped;
}

/** Deletes rows by id (ids not stored are ignored). */
export async function deleteRows(db: NewsmarkDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const gone = new Set(ids);
  await db.transaction('rw', db.packs, async () => {
    await dropRows(db, [...(await packsHolding(db, ids)).values()], (row) => gone.has(row.id));
  });
}

/** Deletes a page's rows of one origin; returns how many went. */
export function deleteRowsOfPageOrigin(
  db: NewsmarkDb,
  url: string,
  origin: AnnotationRow['origin'],
): Promise<number> {
  return db.transaction('rw', db.packs, async () =>
    dropRows(db, await packsOfPage(db, url), (row) => row.origin === origin),
  );
}

/** How many rows a page holds. */
export async function countRowsOfPage(db: NewsmarkDb, url: string): Promise<number> {
  return (await packsOfPage(db, url)).reduce((n, pack) => n + pack.rows.length, 0);
}

/** How many rows are stored. */
export async function countAllRows(db: NewsmarkDb): Promise<number> {
  let count = 0;
  await db.packs.each((pack) => {
    count += pack.rows.length;
  });
  return count;
}
