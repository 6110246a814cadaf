import type { Table } from 'dexie';
import type { AnnotationRow } from '../shared/records';
import type { NewsmarkDb } from './db';
import { candidateKeys, commonCandidateKeys, rareCandidateKeys } from './search-candidates';

/**
 * The one module that knows how annotation rows are stored (issue 10: rows are to move into
 * packs of a page's rows, far fewer and larger records, for the import's sake). Every other
 * reader and writer goes through these functions; a transaction names the storage through
 * `annotationStore`. Rows come back as they were written, without index words.
 */

/** The table to name in a transaction that reads or writes annotations. */
export function annotationStore(db: NewsmarkDb): Table {
  return db.annotations;
}

/** One row by id, if it is still stored. */
export function rowById(db: NewsmarkDb, id: string): Promise<AnnotationRow | undefined> {
  return db.annotations.get(id);
}

/** Rows by id, in the order asked (undefined where gone). */
export function rowsByIds(db: NewsmarkDb, ids: readonly string[]): Promise<(AnnotationRow | undefined)[]> {
  return ids.length > 0 ? db.annotations.bulkGet([...ids]) : Promise.resolve([]);
}

/** Every row of a page, in storage order. Dexie answers `url` from the [url+origin] index. */
export function rowsOfPage(db: NewsmarkDb, url: string): Promise<AnnotationRow[]> {
  return db.annotations.where('url').equals(url).toArray();
}

/** Every row of each page, in one transaction (one per page would cost a transaction each). */
export function rowsOfPages(db: NewsmarkDb, urls: readonly string[]): Promise<AnnotationRow[][]> {
  if (urls.length === 0) return Promise.resolve([]);
  return db.transaction('r', db.annotations, () => Promise.all(urls.map((url) => rowsOfPage(db, url))));
}

/** A page's rows of one origin (the automatic rows of a visit, or the reader's own). */
export function rowsOfPageOrigin(
  db: NewsmarkDb,
  url: string,
  origin: AnnotationRow['origin'],
): Promise<AnnotationRow[]> {
  return db.annotations.where('[url+origin]').equals([url, origin]).toArray();
}

/** The rows of one origin of many pages, in one index query (an import may name thousands). */
export function rowsOfPagesOrigin(
  db: NewsmarkDb,
  urls: readonly string[],
  origin: AnnotationRow['origin'],
): Promise<AnnotationRow[]> {
  if (urls.length === 0) return Promise.resolve([]);
  return db.annotations
    .where('[url+origin]')
    .anyOf(urls.map((url) => [url, origin] as [string, string]))
    .toArray();
}

/** The row ids of each page, in one transaction, no rows read. */
export function rowIdsOfPages(db: NewsmarkDb, urls: readonly string[]): Promise<string[][]> {
  if (urls.length === 0) return Promise.resolve([]);
  return db.transaction('r', db.annotations, () =>
    Promise.all(
      urls.map((url) => db.annotations.where('url').equals(url).primaryKeys() as Promise<string[]>),
    ),
  );
}

/** Whether a page has a row `keep` accepts (read until the first). */
export async function pageHasRow(
  db: NewsmarkDb,
  url: string,
  keep: (row: AnnotationRow) => boolean,
): Promise<boolean> {
  return (await db.annotations.where('url').equals(url).filter(keep).first()) !== undefined;
}

/** Every row, in id order. */
export function allRows(db: NewsmarkDb): Promise<AnnotationRow[]> {
  return db.annotations.toArray();
}

/** Up to `limit` rows in id order after `after` (null: from the first): a scan a chunk at a time. */
export function rowsAfter(db: NewsmarkDb, after: string | null, limit: number): Promise<AnnotationRow[]> {
  const range = after === null ? db.annotations.toCollection() : db.annotations.where(':id').above(after);
  return range.limit(limit).toArray();
}

/** Up to `limit` rows carrying `tag`. */
export function rowsByTag(db: NewsmarkDb, tag: string, limit: number): Promise<AnnotationRow[]> {
  return db.annotations.where('tags').equals(tag).limit(limit).toArray();
}

/** Every tag some row carries, in index order. */
export async function tagsInUse(db: NewsmarkDb): Promise<string[]> {
  return (await db.annotations.orderBy('tags').uniqueKeys()).map(String);
}

/**
 * The stored rows among `ids`, by id. Which ids exist is asked first, one key-range read per
 * slice of the sorted ids (IndexedDB orders strings as `sort()` does), so only rows that exist
 * are fetched: an import of new rows into a library costs a few reads, not one request per row.
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
    const inRange = (await db.annotations
      .where(':id')
      .between(slice[0]!, slice.at(-1)!, true, true)
      .primaryKeys()) as string[];
    for (const key of inRange) if (wanted.has(key)) present.push(key);
  }
  const out = new Map<string, AnnotationRow>();
  for (let i = 0; i < present.length; i += chunk) {
    const slice = present.slice(i, i + chunk);
    const rows = await db.annotations.bulkGet(slice);
    slice.forEach((key, k) => {
      const row = rows[k];
      if (row) out.set(key, row);
    });
  }
  return out;
}

/** Ids of the rows that may hold every word (search-candidates.ts: candidateKeys), sorted. */
export function candidateRowIds(db: NewsmarkDb, words: readonly string[]): Promise<string[]> {
  return candidateKeys(db.annotations, words);
}

/** candidateRowIds when some word is rare; null when every word is common (rareCandidateKeys). */
export function rareCandidateRowIds(db: NewsmarkDb, words: readonly string[]): Promise<string[] | null> {
  return rareCandidateKeys(db.annotations, words);
}

/** candidateRowIds from the words' whole lists (commonCandidateKeys). */
export function commonCandidateRowIds(db: NewsmarkDb, words: readonly string[]): Promise<string[]> {
  return commonCandidateKeys(db.annotations, words);
}

/** Adds new rows; rejects (and, inside a transaction, aborts it) when an id is already held. */
export async function addRows(db: NewsmarkDb, rows: readonly AnnotationRow[]): Promise<void> {
  if (rows.length > 0) await db.annotations.bulkAdd([...rows]);
}

/** Writes rows whole, replacing any under the same ids. */
export async function putRows(db: NewsmarkDb, rows: readonly AnnotationRow[]): Promise<void> {
  if (rows.length > 0) await db.annotations.bulkPut([...rows]);
}

/** Deletes rows by id (ids not stored are ignored). */
export async function deleteRows(db: NewsmarkDb, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.annotations.bulkDelete([...ids]);
}

/** Deletes a page's rows of one origin; returns how many went. */
export function deleteRowsOfPageOrigin(
  db: NewsmarkDb,
  url: string,
  origin: AnnotationRow['origin'],
): Promise<number> {
  return db.annotations.where('[url+origin]').equals([url, origin]).delete();
}

/** How many rows a page holds. */
export function countRowsOfPage(db: NewsmarkDb, url: string): Promise<number> {
  return db.annotations.where('url').equals(url).count();
}
