import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AnnotationRow, PageRecord } from '../../../src/shared/records';
import { PACK_ROWS, packIndexFields, packRows } from '../../../src/store/annotation-packs';
import {
  allRows,
  countRowsOfPage,
  rowById,
  rowIdsOfPages,
  rowsByTag,
} from '../../../src/store/annotation-rows';
import { DB_NAME, type NewsmarkDb, openNewsmarkDb } from '../../../src/store/db';
import { loadInsights } from '../../../src/store/insights/load';
import { listLibrary } from '../../../src/store/library';
import { readerAnnotationsForPage } from '../../../src/store/reader-annotations';

/**
 * Every schema Newsmark has shipped, frozen as it was released (never import these from
 * db.ts: the point is to open what an older build left on disk). A new `version()` in db.ts
 * adds an entry here with the rows that version held; the test opens each with today's code.
 */
const SHIPPED_SCHEMAS: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      pages: '&url, site, lastSeen',
      annotations: '&id, url, kind, origin, *tags, entityKey, [url+origin]',
      settings: '&key',
    },
  },
  {
    version: 2,
    stores: {
      pages: '&url, site, lastSeen, *words',
      annotations: '&id, url, kind, origin, *tags, entityKey, [url+origin], *words',
      settings: '&key',
      derived: '&key',
    },
  },
  {
    version: 3,
    stores: {
      pages: '&url, site, lastSeen, *words',
      annotations: '&id, url, kind, origin, *tags, entityKey, [url+origin], *words',
      settings: '&key',
      derived: '&key',
    },
  },
  {
    version: 4,
    stores: {
      pages: '&url, lastSeen, *words',
      annotations: '&id, url, kind, *tags, [url+origin], *words',
      settings: '&key',
      derived: '&key',
    },
  },
  {
    version: 5,
    stores: {
      pages: '&url, lastSeen, *words',
      annotations: '&id, kind, *tags, [url+origin], *words',
      settings: '&key',
      derived: '&key',
    },
  },
  {
    version: 6,
    stores: {
      pages: '&url, lastSeen, *words',
      annotations: '&id, *tags, [url+origin], *words',
      settings: '&key',
      derived: '&key',
    },
  },
  {
    version: 7,
    stores: {
      pages: '&url, lastSeen, *words',
      packs: '[url+part], *ids, *tags, *words',
      settings: '&key',
      derived: '&key',
    },
  },
];

/**
 * The indexes on disk after today's upgrade: the ones versions 4, 5 and 6 dropped are gone, and
 * version 7 moved the rows into packs (annotation-packs.ts).
 */
const INDEXES = {
  pages: ['lastSeen', 'words'],
  packs: ['ids', 'tags', 'words'],
};

const URL_ = 'https://tin.example/bai-1';
const PAGE: PageRecord = {
  url: URL_,
  canonicalUrl: null,
  title: 'Hội nghị giao ban',
  site: 'tin.example',
  lang: 'vi',
  published: '2024-01-04',
  byline: null,
  firstSeen: 1_700_000_000_000,
  lastSeen: 1_700_000_500_000,
};
const base = { url: URL_, selectors: [], created: 1_700_000_000_000, modified: 1_700_000_000_000 };
const ROWS: AnnotationRow[] = [
  {
    ...base,
    id: 'auto-1',
    kind: 'official',
    origin: 'auto',
    quote: 'Bộ trưởng Nguyễn Văn A',
    start: 0,
    end: 22,
    tags: ['official'],
    entityKey: 'official:nguyễn văn a',
    name: 'Nguyễn Văn A',
    titles: ['Bộ trưởng'],
  },
  {
    ...base,
    id: 'reader-1',
    kind: 'note',
    origin: 'reader',
    quote: 'giải ngân',
    start: 40,
    end: 49,
    tags: ['theo dõi'],
    entityKey: null,
    colour: 'pink',
    body: 'Hỏi lại số liệu',
  },
];

const idbStores = (db: NewsmarkDb) => [...db.backendDB().objectStoreNames];

/** Writes a database as the build of `schema` would have, then closes it. */
async function writeShipped(indexedDB: IDBFactory, schema: (typeof SHIPPED_SCHEMAS)[number]): Promise<void> {
  const old = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
  old.version(schema.version).stores(schema.stores);
  await old.open();
  await old.table('pages').put(PAGE);
  if (schema.stores.packs)
    await old.table('packs').bulkPut(packRows(ROWS).map((pack) => ({ ...pack, ...packIndexFields(pack) })));
  else await old.table('annotations').bulkPut(ROWS);
  await old.table('settings').put({ key: 'paint', value: { figure: false } });
  // Version 2 kept the insights as one whole-library snapshot, here a stale one.
  if (schema.version === 2)
    await old.table('derived').put({ key: 'insights', signature: '1|1|2|0', value: { pages: [] } });
  old.close();
}

describe('opening a database an earlier build wrote', () => {
  for (const schema of SHIPPED_SCHEMAS) {
    it(`keeps every page, annotation and setting of version ${schema.version}, and its indexes work`, async () => {
      const indexedDB = new IDBFactory();
      await writeShipped(indexedDB, schema);
      const db = openNewsmarkDb({ indexedDB, IDBKeyRange });
      try {
        expect(await db.pages.toArray()).toEqual([PAGE]);
        expect(await allRows(db)).toEqual(ROWS);
        expect(await db.settings.get('paint')).toEqual({ key: 'paint', value: { figure: false } });
        expect((await readerAnnotationsForPage(db, URL_)).map((r) => r.body)).toEqual(['Hỏi lại số liệu']);
        expect(await rowsByTag(db, 'theo dõi', 10)).toHaveLength(1);
        expect(await rowIdsOfPages(db, [URL_])).toEqual([['auto-1', 'reader-1']]);
        expect(await countRowsOfPage(db, URL_)).toBe(2);
        expect(await rowById(db, 'reader-1')).toEqual(ROWS[1]);
        expect(idbStores(db)).not.toContain('annotations');
        const idb = db.backendDB();
        for (const [table, names] of Object.entries(INDEXES))
          expect([...idb.transaction(table).objectStore(table).indexNames].sort()).toEqual(names);
        const { entries, total } = await listLibrary(db);
        expect(total).toBe(1);
        expect(entries[0]).toMatchObject({ readerCount: 1, counts: { official: 1 } });
        const insights = await loadInsights(db);
        expect([...insights.people.values()].map((p) => p.name)).toEqual(['Nguyễn Văn A']);
        expect(await db.derived.get('insights')).toBeUndefined();
      } finally {
        db.close();
      }
    });
  }

  it('packs a version-6 page of more rows than a pack holds into parts, every row kept (version 7)', async () => {
    const indexedDB = new IDBFactory();
    const schema = SHIPPED_SCHEMAS.find((s) => s.version === 6)!;
    const old = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
    old.version(6).stores(schema.stores);
    await old.open();
    const LONG = 'https://tin.example/truc-tiep';
    const many = Array.from({ length: PACK_ROWS * 2 + 1 }, (_, i) => ({
      ...ROWS[0]!,
      id: `auto-long-${String(i).padStart(5, '0')}`,
      url: LONG,
      // As version 6 stored them: with their index words, which packs do not keep per row.
      words: ['\u0001', 'bo'],
    }));
    await old.table('annotations').bulkPut([...ROWS, ...many]);
    old.close();
    const db = openNewsmarkDb({ indexedDB, IDBKeyRange });
    try {
      expect((await db.packs.toArray()).map((p) => [p.url, p.part, p.rows.length])).toEqual([
        [URL_, 0, 2],
        [LONG, 0, PACK_ROWS],
        [LONG, 1, PACK_ROWS],
        [LONG, 2, 1],
      ]);
      const long = await rowIdsOfPages(db, [LONG]);
      expect(long[0]).toEqual(many.map((r) => r.id));
      expect(await rowById(db, many.at(-1)!.id)).toEqual({ ...ROWS[0], id: many.at(-1)!.id, url: LONG });
    } finally {
      db.close();
    }
  });

  it('lists every version db.ts declares, so a new one cannot ship without its migration test', async () => {
    const db = openNewsmarkDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SHIPPED_SCHEMAS.at(-1)!.version);
    db.close();
  });
});
