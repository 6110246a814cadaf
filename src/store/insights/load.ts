import type { AutoKind } from '../../shared/records';
import type { NewsmarkDb } from '../db';
import { buildModel, type InsightsModel } from './model';
import { buildProjection, type Projection } from './projection';

const SNAPSHOT_KEY = 'insights';
/** Bumped when the projection's shape or derivations change, so old snapshots are rebuilt. */
const SNAPSHOT_VERSION = 1;
const KINDS: AutoKind[] = ['official', 'figure', 'directive'];

/**
 * What the source tables look like, cheaply: page and row counts and the newest visit. Every
 * write path changes one of them (a visit re-stamps its page's `lastSeen`; deletes and imports
 * change counts). A reader's own notes also change the count: a harmless rebuild.
 */
async function signatureOf(db: NewsmarkDb): Promise<string> {
  const pages = await db.pages.count();
  const rows = await db.annotations.count();
  const newest = await db.pages.orderBy('lastSeen').last();
  return `${SNAPSHOT_VERSION}|${pages}|${rows}|${newest?.lastSeen ?? 0}`;
}

async function readProjection(db: NewsmarkDb): Promise<Projection> {
  const pages = await db.pages.toArray();
  // One equals() read per kind: anyOf() walks the index far more slowly in some IndexedDBs.
  const rows = [];
  for (const kind of KINDS) rows.push(...(await db.annotations.where('kind').equals(kind).toArray()));
  return buildProjection(pages, rows);
}

/**
 * The projection: the stored snapshot when the tables have not changed since it was built,
 * else built from the rows and stored for next time.
 */
export async function loadProjection(db: NewsmarkDb): Promise<{ projection: Projection; signature: string }> {
  const { signature, stored } = await db.transaction('r', db.pages, db.annotations, db.derived, async () => ({
    signature: await signatureOf(db),
    stored: await db.derived.get(SNAPSHOT_KEY),
  }));
  if (stored?.signature === signature) return { projection: stored.value as Projection, signature };
  const built = await db.transaction('r', db.pages, db.annotations, async () => ({
    signature: await signatureOf(db),
    projection: await readProjection(db),
  }));
  // Stored from a fresh task: the views call this inside a live query, where a write would
  // hang the query (Dexie's live queries are read-only); a failed store only costs a rebuild.
  setTimeout(() => {
    db.derived
      .put({ key: SNAPSHOT_KEY, signature: built.signature, value: built.projection })
      .catch((error: unknown) => console.warn('Newsmark: insights snapshot not stored', error));
  }, 0);
  return built;
}

const cache = new WeakMap<NewsmarkDb, { signature: string; model: InsightsModel }>();

/** The insights model, kept in memory per database while the tables stay as they were. */
export async function loadInsights(db: NewsmarkDb): Promise<InsightsModel> {
  const held = cache.get(db);
  if (held) {
    const signature = await db.transaction('r', db.pages, db.annotations, () => signatureOf(db));
    if (signature === held.signature) return held.model;
  }
  const { projection, signature } = await loadProjection(db);
  const model = buildModel(projection);
  cache.set(db, { signature, model });
  return model;
}
