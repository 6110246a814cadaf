import type { Table } from 'dexie';
import type { AnnotationRow, PageRecord } from '../shared/records';
import { boundsOf, groupByUrl } from '../shared/rows-by-url';
import { annotationStore, deleteRows, putRows, rowsOfPagesOrigin, storedRowsByIds } from './annotation-rows';
import type { NewsmarkDb } from './db';

/** What an import changed. */
export interface MergeSummary {
  pagesAdded: number;
  pagesUpdated: number;
  annotationsAdded: number;
  annotationsUpdated: number;
  /** Already present and at least as new, or an automatic row that would have replaced the reader's. */
  annotationsKept: number;
}

/** Two records of one page: the fields of the later visit, the first and last visit of both. */
function mergePage(existing: PageRecord | undefined, incoming: PageRecord): PageRecord {
  if (!existing) return incoming;
  const newer = incoming.lastSeen > existing.lastSeen ? incoming : existing;
  const older = newer === incoming ? existing : incoming;
  const filled = Object.fromEntries(
    Object.entries(newer).map(([key, value]) => [key, value ?? older[key as keyof PageRecord]]),
  ) as unknown as PageRecord;
  return {
    ...filled,
    firstSeen: Math.min(existing.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(existing.lastSeen, incoming.lastSeen),
  };
}

/** Two rows under one id are one annotation only when they mark the same quote on the same page. */
function sameAnnotation(a: AnnotationRow, b: AnnotationRow): boolean {
  return a.url === b.url && a.quote === b.quote;
}

/** FNV-1a over UTF-16 code units from a given basis: cheap, synchronous, stable across runs. */
function fnv1a(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * A new id for an imported row whose id another annotation already holds. Derived from the
 * row, so importing the same file again finds it instead of adding it twice.
 */
export function rehomedId(row: AnnotationRow): string {
  const key = `${row.url}\u0000${row.quote}`;
  return `${row.id}~${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x050c5d1f)}`;
}

/**
 * Gives each imported row that collides with a different annotation (stored, or earlier in
 * the same file) its derived id, so it is added beside the other instead of rewriting it.
 * Also returns what the database holds under each final id, so no row is read twice.
 */
async function withFreeIds(
  db: NewsmarkDb,
  rows: readonly AnnotationRow[],
): Promise<{ rows: AnnotationRow[]; stored: (AnnotationRow | undefined)[] }> {
  const held = await storedRowsByIds(
    db,
    rows.map((row) => row.id),
    CHUNK,
  );
  const claimed = new Map<string, AnnotationRow>();
  const free = rows.map((row) => {
    const holder = claimed.get(row.id) ?? held.get(row.id);
    const kept = !holder || sameAnnotation(holder, row) ? row : { ...row, id: rehomedId(row) };
    if (!claimed.has(kept.id)) claimed.set(kept.id, kept);
    return kept;
  });
  const moved = free.filter((row, index) => row.id !== rows[index]!.id);
  for (const [id, row] of await storedRowsByIds(
    db,
    moved.map((r) => r.id),
    CHUNK,
  ))
    held.set(id, row);
  return { rows: free, stored: free.map((row) => held.get(row.id)) };
}

/**
 * Requests go to IndexedDB a slice at a time, each awaited before the next: a 100,000-row
 * import never queues 100,000 requests at once (memory, and fake-indexeddb's queue is
 * quadratic in its length). Still inside the caller's one transaction.
 */
const CHUNK = 5_000;

async function inChunks<T, R>(items: readonly T[], work: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK)
    for (const r of await work(items.slice(i, i + CHUNK))) out.push(r);
  return out;
}

/**
 * The rows stored under any of `keys`, by key. Which keys exist is asked first, one key-range
 * read per slice of the sorted keys (IndexedDB orders strings as `sort()` does), so only rows
 * that exist are fetched: an import of new rows into a library costs a few reads, not one
 * request per row.
 */
async function storedRows<T, I>(
  table: Table<T, string, I>,
  keys: readonly string[],
): Promise<Map<string, T>> {
  const sorted = [...new Set(keys)].sort();
  const present = await inChunks(sorted, async (chunk) => {
    const wanted = new Set(chunk);
    const inRange = (await table
      .where(':id')
      .between(chunk[0]!, chunk.at(-1)!, true, true)
      .primaryKeys()) as string[];
    return inRange.filter((key) => wanted.has(key));
  });
  const rows = await inChunks(present, (chunk) => table.bulkGet(chunk));
  return new Map(present.map((key, i) => [key, rows[i]!]));
}

function samePage(a: PageRecord, b: PageRecord): boolean {
  return (Object.keys(a) as (keyof PageRecord)[]).every((key) => a[key] === b[key]);
}

/** A page for rows that arrive without one, so the library can show them. */
function barePage(url: string, rows: readonly AnnotationRow[]): PageRecord {
  let host: string | null = null;
  try {
    host = new URL(url).hostname;
  } catch {}
  return {
    url,
    canonicalUrl: null,
    title: null,
    site: host,
    lang: null,
    published: null,
    byline: null,
    firstSeen: boundsOf(rows, (r) => r.created).min,
    lastSeen: boundsOf(rows, (r) => r.modified).max,
  };
}

/**
 * Merges imported rows into the database without losing anything, in ONE transaction, so a
 * failure (a full disk, a row IndexedDB refuses) leaves the database exactly as it was.
 * - Pages upsert: the later visit's fields, the earliest `firstSeen`, the latest `lastSeen`.
 * - Annotations by id: the newer `modified` wins; a reader's row is never replaced by an automatic one.
 *   An id already held by another annotation (another page or quote) is never rewritten: the
 *   imported row is added beside it under a derived id.
 * - Automatic rows are one visit's snapshot: when the database already has a page's automatic
 *   rows under other ids (another visit), the newer snapshot stays and the older one goes,
 *   so importing a backup of the same profile never doubles the highlights.
 */
export async function mergeImport(
  db: NewsmarkDb,
  pages: readonly PageRecord[],
  annotations: readonly AnnotationRow[],
): Promise<MergeSummary> {
  const summary: MergeSummary = {
    pagesAdded: 0,
    pagesUpdated: 0,
    annotationsAdded: 0,
    annotationsUpdated: 0,
    annotationsKept: 0,
  };
  return db.transaction('rw', db.pages, annotationStore(db), async () => {
    const incomingPages = new Map(pages.map((page) => [page.url, page]));
    const rowsByUrl = groupByUrl(annotations);
    for (const [url, rows] of rowsByUrl)
      if (!incomingPages.has(url)) incomingPages.set(url, barePage(url, rows));

    const urls = [...incomingPages.keys()];
    const existingPages = await storedRows(db.pages, urls);
    const pagesToPut: PageRecord[] = [];
    urls.forEach((url) => {
      const existing = existingPages.get(url);
      const merged = mergePage(existing, incomingPages.get(url)!);
      if (!existing) summary.pagesAdded++;
      else if (!samePage(existing, merged)) summary.pagesUpdated++;
      else return;
      pagesToPut.push(merged);
    });
    await inChunks(pagesToPut, async (chunk) => [await db.pages.bulkPut(chunk)]);

    const autoToDrop = await staleAutoRows(db, rowsByUrl);
    const kept = annotations.filter((row) => !(row.origin === 'auto' && autoToDrop.incoming.has(row.id)));
    summary.annotationsKept += annotations.length - kept.length;
    await inChunks([...autoToDrop.existing], async (chunk) => [await deleteRows(db, chunk)]);

    const { rows: incoming, stored: existingRows } = await withFreeIds(db, kept);
    const rowsToPut: AnnotationRow[] = [];
    incoming.forEach((row, index) => {
      const existing = existingRows[index];
      const verdict = !existing
        ? 'add'
        : (existing.origin === 'reader' && row.origin === 'auto') || !sameAnnotation(existing, row)
          ? 'keep'
          : row.modified > existing.modified
            ? 'update'
            : 'keep';
      if (verdict === 'keep') summary.annotationsKept++;
      else {
        if (verdict === 'add') summary.annotationsAdded++;
        else summary.annotationsUpdated++;
        rowsToPut.push(row);
      }
    });
    // All at once: rows are stored in packs by page (annotation-packs.ts), and a page's packs
    // are best written once, not once per slice of the import.
    await putRows(db, rowsToPut);
    return summary;
  });
}

/**
 * For each page whose imported automatic rows and stored automatic rows come from different
 * visits (disjoint ids): the ids of the older snapshot, on whichever side it is.
 */
async function staleAutoRows(
  db: NewsmarkDb,
  rowsByUrl: Map<string, AnnotationRow[]>,
): Promise<{ existing: Set<string>; incoming: Set<string> }> {
  const existing = new Set<string>();
  const incoming = new Set<string>();
  const importedAutoByUrl = new Map<string, AnnotationRow[]>();
  for (const [url, rows] of rowsByUrl) {
    const importedAuto = rows.filter((row) => row.origin === 'auto');
    if (importedAuto.length > 0) importedAutoByUrl.set(url, importedAuto);
  }
  // One index query for every page, not one per page: an import may name thousands.
  const storedAutoByUrl = groupByUrl(await rowsOfPagesOrigin(db, [...importedAutoByUrl.keys()], 'auto'));
  for (const [url, importedAuto] of importedAutoByUrl) {
    const storedAuto = storedAutoByUrl.get(url) ?? [];
    const importedIds = new Set(importedAuto.map((row) => row.id));
    const overlap = storedAuto.some((row) => importedIds.has(row.id));
    if (storedAuto.length === 0 || overlap) continue;
    const newest = (list: AnnotationRow[]) => boundsOf(list, (row) => row.modified).max;
    if (newest(importedAuto) > newest(storedAuto)) for (const row of storedAuto) existing.add(row.id);
    else for (const id of importedIds) incoming.add(id);
  }
  return { existing, incoming };
}
