/**
 * The page side of the packed-storage prototype (import-packs-prototype.ts bundles it): raw
 * IndexedDB, no Dexie, the rows generated in the page as an import's parse would leave them.
 * Variants: `rows` (schema 6: one record per annotation, &id, *tags, [url+origin], *words),
 * `packs` (one record per page, or per `chunk` rows of a long page, rows as objects) and
 * `packs-json` (the same, rows as one JSON string: strings clone as bytes).
 */
import type { AnnotationRow } from '../../src/shared/records';
import { putRows } from '../../src/store/annotation-rows';
import { openNewsmarkDb } from '../../src/store/db';
import { annotationWords } from '../../src/store/search-words';
import { generatedRow } from './import-rows';

type Variant = 'rows' | 'packs' | 'packs-json' | 'store';

function open(variant: Variant): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(`proto-${variant}`, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (variant === 'rows') {
        const store = db.createObjectStore('annotations', { keyPath: 'id' });
        store.createIndex('tags', 'tags', { multiEntry: true });
        store.createIndex('url+origin', ['url', 'origin']);
        store.createIndex('words', 'words', { multiEntry: true });
      } else {
        const store = db.createObjectStore('packs', { keyPath: ['url', 'part'] });
        store.createIndex('ids', 'ids', { multiEntry: true });
        store.createIndex('tags', 'tags', { multiEntry: true });
        store.createIndex('words', 'words', { multiEntry: true });
      }
    };
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((done, fail) => {
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
}

function records(variant: Variant, rows: AnnotationRow[], chunk: number): object[] {
  if (variant === 'rows') return rows.map((row) => ({ ...row, words: annotationWords(row) }));
  const byUrl = new Map<string, AnnotationRow[]>();
  for (const row of rows) {
    const list = byUrl.get(row.url);
    if (list) list.push(row);
    else byUrl.set(row.url, [row]);
  }
  const out: object[] = [];
  for (const [url, list] of byUrl)
    for (let i = 0; i < list.length; i += chunk) {
      const part = list.slice(i, i + chunk);
      const words = new Set<string>();
      const tags = new Set<string>();
      for (const row of part) {
        for (const w of annotationWords(row)) words.add(w);
        for (const t of row.tags) tags.add(t);
      }
      const common = { url, part: i / chunk, ids: part.map((r) => r.id), tags: [...tags], words: [...words] };
      out.push(variant === 'packs' ? { ...common, rows: part } : { ...common, json: JSON.stringify(part) });
    }
  return out;
}

let rows: AnnotationRow[] = [];
let db: IDBDatabase | null = null;

/** Step 1, not timed: the rows an import's parse would leave in memory. */
async function generate(variant: Variant, count: number) {
  rows = Array.from({ length: count }, (_, i) => generatedRow(i));
  if (variant !== 'store') db = await open(variant);
}

const storeOf = (variant: Variant) => (variant === 'rows' ? 'annotations' : 'packs');

/** Step 2: packs the rows and writes them in one transaction. */
async function write(variant: Variant, chunk: number) {
  if (variant === 'store') {
    // The store's own path (annotation-rows.ts through Dexie and its middlewares).
    const store = openNewsmarkDb();
    const t0 = performance.now();
    await store.transaction('rw', store.packs, () => putRows(store, rows));
    const ms = performance.now() - t0;
    store.close();
    rows = [];
    return { records: -1, prepMs: 0, writeMs: ms };
  }
  const t0 = performance.now();
  const values = records(variant, rows, chunk);
  const t1 = performance.now();
  const tx = db!.transaction(storeOf(variant), 'readwrite');
  const store = tx.objectStore(storeOf(variant));
  for (const value of values) store.put(value);
  await finished(tx);
  rows = [];
  return { records: values.length, prepMs: t1 - t0, writeMs: performance.now() - t1 };
}

/** Step 3: what a whole-library reader pays: every record back, rows out of their packs. */
async function readAll(variant: Variant) {
  const t0 = performance.now();
  const read = db!.transaction(storeOf(variant)).objectStore(storeOf(variant));
  const all = await new Promise<Record<string, unknown>[]>((done, fail) => {
    const request = read.getAll();
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  let back = 0;
  for (const pack of all)
    back +=
      variant === 'rows'
        ? 1
        : variant === 'packs'
          ? (pack.rows as unknown[]).length
          : (JSON.parse(pack.json as string) as unknown[]).length;
  return { readAllMs: performance.now() - t0, rowsBack: back };
}

/** Step 4: one page's rows by key (the page view's read), `times` times over different pages. */
async function readPages(variant: Variant, urls: string[]) {
  const t0 = performance.now();
  let back = 0;
  for (const url of urls) {
    const store = db!.transaction(storeOf(variant)).objectStore(storeOf(variant));
    const request =
      variant === 'rows'
        ? store.index('url+origin').getAll(IDBKeyRange.bound([url, ''], [url, '\uffff']))
        : store.getAll(IDBKeyRange.bound([url, 0], [url, Number.MAX_SAFE_INTEGER]));
    const got = await new Promise<Record<string, unknown>[]>((done, fail) => {
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    for (const pack of got)
      back +=
        variant === 'rows'
          ? 1
          : variant === 'packs'
            ? (pack.rows as unknown[]).length
            : (JSON.parse(pack.json as string) as unknown[]).length;
  }
  return { readPagesMs: performance.now() - t0, rowsBack: back };
}

(globalThis as unknown as { proto: unknown }).proto = { generate, write, readAll, readPages };
