import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AnnotationRow, PageRecord } from '../shared/records';
import {
  PACKS_SCHEMA,
  type Pack,
  type PackKey,
  packIndexFields,
  packRows,
  type StoredPack,
} from './annotation-packs';
import { derivedInvalidationMiddleware } from './derived-invalidation';
import { OLD_SNAPSHOT_KEY } from './derived-keys';
import { annotationWords, hideWordsOnRead, pageWords, wordIndexMiddleware } from './search-words';
import { indexUnindexedRows } from './search-words-repair';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A cache worked out from pages and annotations (derived-keys.ts): safe to drop. */
export interface DerivedRow {
  key: string;
  value: unknown;
}

export type NewsmarkDb = Dexie & {
  pages: EntityTable<PageRecord, 'url'>;
  /** Annotation rows, a page's together (annotation-packs.ts); read and written only by annotation-rows.ts. */
  packs: Table<StoredPack, PackKey>;
  settings: EntityTable<SettingRow, 'key'>;
  derived: EntityTable<DerivedRow, 'key'>;
};

export const DB_NAME = 'newsmark';
/**
 * How long after a connection opens it looks for rows without search words: long enough that
 * its counts (a walk of the whole words index) never compete with a view being opened.
 */
export const REPAIR_DELAY_MS = 30_000;

/**
 * Opens the database. Each schema change is a new `version()` with an upgrade function and
 * an entry (the shipped schema and rows) in migrations.test.ts;
 * `indexedDB`/`IDBKeyRange` can be injected (tests use fake-indexeddb).
 */
export function openNewsmarkDb({
  repairDelayMs = REPAIR_DELAY_MS,
  ...options
}: {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Tests shorten REPAIR_DELAY_MS. */
  repairDelayMs?: number;
} = {}): NewsmarkDb {
  const db = new Dexie(DB_NAME, options) as NewsmarkDb;
  db.version(1).stores({
    pages: '&url, site, lastSeen',
    annotations: '&id, url, kind, origin, *tags, entityKey, [url+origin]',
    settings: '&key',
  });
  // Version 2: a multi-entry word index, so search looks words up instead of folding every row;
  // and `derived`, caches built from the other tables (never exported, rebuilt when stale).
  db.version(2)
    .stores({
      pages: '&url, site, lastSeen, *words',
      annotations: '&id, url, kind, origin, *tags, entityKey, [url+origin], *words',
      derived: '&key',
    })
    .upgrade(async (tx) => {
      await tx
        .table('pages')
        .toCollection()
        .modify((page: PageRecord & { words?: string[] }) => {
          page.words = pageWords(page);
        });
      await tx
        .table('annotations')
        .toCollection()
        .modify((row: AnnotationRow & { words?: string[] }) => {
          row.words = annotationWords(row);
        });
    });
  // Version 3: insights are projected per page (derived-invalidation.ts drops a page's on any
  // write to it) instead of one whole-library snapshot, which this drops; pages are projected
  // on the next open of a cross-article view.
  db.version(3)
    .stores({})
    .upgrade(async (tx) => {
      await tx.table('derived').delete(OLD_SNAPSHOT_KEY);
    });
  // Version 4: drops the indexes no query reads (pages by site, annotations by origin alone or
  // by entityKey): each was one more entry to write per row, a fifth of an import's time.
  db.version(4).stores({
    pages: '&url, lastSeen, *words',
    annotations: '&id, url, kind, *tags, [url+origin], *words',
  });
  // Version 5: annotations lose their `url` index. `[url+origin]` starts with the url, and
  // Dexie answers where('url') from it: in Chromium each index entry costs about a quarter of
  // the row's own write, so every write (an import of 100,000 rows above all) does one fewer.
  db.version(5).stores({
    annotations: '&id, kind, *tags, [url+origin], *words',
  });
  // Version 6: annotations lose their `kind` index. Its one reader (the insights' whole-library
  // projection) reads the table instead; an import of 100,000 rows writes 100,000 fewer entries.
  db.version(6).stores({
    annotations: '&id, *tags, [url+origin], *words',
  });
  // Version 7: annotation rows move into packs of a page's rows (annotation-packs.ts): an
  // import of 100,000 rows writes ~2,000 records instead of 100,000, each paying IndexedDB's
  // per-record cost once. The rows are read whole (a library is at most a few hundred MB of
  // rows), their index words dropped (packs carry the union of theirs), and packed by page.
  db.version(7)
    .stores({ packs: PACKS_SCHEMA, annotations: null })
    .upgrade(async (tx) => {
      const rows = (await tx.table('annotations').toArray()) as (AnnotationRow & { words?: string[] })[];
      const packs = packRows(rows.map(({ words: _words, ...row }) => row as AnnotationRow));
      await tx.table('packs').bulkAdd(packs);
    });
  db.use(derivedInvalidationMiddleware());
  db.use(
    wordIndexMiddleware({
      pages: (page) => ({ words: pageWords(page) }),
      packs: (pack) => packIndexFields(pack as unknown as Pack),
    }),
  );
  hideWordsOnRead(db.pages);
  // Not awaited, and later: its counts would compete with a panel's first queries.
  db.on('ready', () => {
    setTimeout(() => {
      indexUnindexedRows(db).catch((error: unknown) => {
        if ((error as Error).name !== 'DatabaseClosedError')
          console.warn('Newsmark: rows without search words not indexed', error);
      });
    }, repairDelayMs);
  });
  return db;
}
