import type { AnnotationRow, PageRecord } from '../../shared/records';
import { allRows, annotationStore, rowsOfPageOrigin } from '../annotation-rows';
import type { NewsmarkDb } from '../db';
import {
  BUNDLE_ID_KEY,
  CHANGE_KEY,
  DIRTY_KEY,
  PROJECTION_END,
  PROJECTION_PREFIX,
  projectionKey,
} from '../derived-keys';
import {
  ALL_PARTS,
  bundleRows,
  firstPaintRows,
  type InsightsPart,
  type LaterParts,
  type ReadBundle,
  readBundle,
} from './bundle';
import type { InsightsModel } from './model';
import { type PageProjection, PROJECTION_VERSION, projectPage } from './projection';

/** The change stamp: any write to pages or annotations gives it a new value (derived-invalidation.ts). */
export async function changeStamp(db: NewsmarkDb): Promise<unknown> {
  return (await db.derived.get(CHANGE_KEY))?.value ?? null;
}

/**
 * Past this many pages written since the bundle, a read stores a new bundle. Below it the
 * bundle stays (a read takes the written pages' own rows, a few kB each) and only the small
 * first-paint rows are stored again: a visit with the panel open then writes tens of kB,
 * not every page's projection (megabytes, seconds, with searches waiting on the table).
 */
export const REBUNDLE_AFTER = 50;
/** Past this many pages, reading the whole table beats one index read per page. */
const WHOLE_TABLE_FROM = 500;

/** The automatic rows of the given pages, by url. */
async function autoRowsOf(db: NewsmarkDb, urls: readonly string[]): Promise<Map<string, AnnotationRow[]>> {
  const byUrl = new Map<string, AnnotationRow[]>(urls.map((url) => [url, []]));
  if (urls.length > WHOLE_TABLE_FROM) {
    // The table in key order, not an index: no index is kept on the kind or origin alone (each
    // is one more entry for every row written), and a table read costs less per row than an
    // index read. The reader's rows come along and are dropped; they are usually the fewer.
    for (const row of await allRows(db)) if (row.origin === 'auto') byUrl.get(row.url)?.push(row);
  } else {
    const lists = await Promise.all(urls.map((url) => rowsOfPageOrigin(db, url, 'auto')));
    urls.forEach((url, i) => {
      byUrl.set(url, lists[i] ?? []);
    });
  }
  return byUrl;
}

/** Projects the given pages from their stored rows. */
async function projectFromRows(db: NewsmarkDb, urls: readonly string[]): Promise<PageProjection[]> {
  if (urls.length === 0) return [];
  const pages = (await db.pages.bulkGet([...urls])).filter((p): p is PageRecord => p !== undefined);
  const rows = await autoRowsOf(
    db,
    pages.map((p) => p.url),
  );
  return pages.map((page) => projectPage(page, rows.get(page.url) ?? []));
}

export interface StoredProjections {
  stamp: unknown;
  projections: PageProjection[];
  /** Pages that had none stored (new, or changed since): built now, worth storing. */
  built: PageProjection[];
  /** The bundle was missing or stale, or too many pages were written since: worth storing a new one. */
  rebundle: boolean;
  /** The pages written since the bundle, whose own projections these hold (empty without a bundle). */
  dirty: readonly string[];
  /** Every projection's parts were read (storing a bundle needs them all). */
  complete: boolean;
  /** Reads parts left unread into these projections, when they still can be (bundle.ts). */
  later?: LaterParts;
  /** The bundle these projections come from (with the dirty pages' own), if any. */
  bundle?: string;
  /** The parts read: every part when `complete`. */
  parts: readonly InsightsPart[];
}

/** A bundle's projections a reader already holds (load.ts), with the parts it read. */
export interface HeldBundle {
  projections: readonly PageProjection[];
  parts: readonly InsightsPart[];
}

/** One parse of joined texts: far cheaper than thousands of small ones, or a structured clone. */
const parseAll = (texts: readonly string[]): PageProjection[] => JSON.parse(`[${texts.join(',')}]`);
/** Projections another version built are as good as missing. */
const current = (projections: PageProjection[]) => projections.filter((p) => p.v === PROJECTION_VERSION);

/** The stored projections of `urls`, and those built for pages that have none stored. */
async function pagesProjections(
  db: NewsmarkDb,
  urls: readonly string[],
): Promise<{ stored: PageProjection[]; built: PageProjection[] }> {
  const rows = await db.derived.bulkGet(urls.map(projectionKey));
  const stored = current(parseAll(rows.flatMap((row) => (row ? [row.value as string] : []))));
  const have = new Set(stored.map((p) => p.page[0]));
  return {
    stored,
    built: await projectFromRows(
      db,
      urls.filter((url) => !have.has(url)),
    ),
  };
}

/** Without a bundle: every page's stored projection, and those built for pages that have none. */
async function everyPage(
  db: NewsmarkDb,
): Promise<{ projections: PageProjection[]; built: PageProjection[] }> {
  const [texts, urls] = await Promise.all([
    db.derived.where('key').between(PROJECTION_PREFIX, PROJECTION_END).toArray(),
    db.pages.toCollection().primaryKeys() as Promise<string[]>,
  ]);
  const stored = current(parseAll(texts.map((row) => row.value as string)));
  const have = new Set(stored.map((p) => p.page[0]));
  const built = await projectFromRows(
    db,
    urls.filter((url) => !have.has(url)),
  );
  const live = new Set(urls);
  return { projections: [...stored.filter((p) => live.has(p.page[0])), ...built], built };
}

/**
 * Every page's projection, in one read transaction. Usually the bundle (three rows, one parse
 * for the people) with the pages written since it was stored swapped for their own rows; those
 * a write left without one are built from their rows. Only the changed pages' rows are read.
 * `held` gives the projections a reader already holds of a bundle (by its id), when they have
 * the parts asked for: those stand in for the bundle's rows, so a write costs its pages alone.
 */
export async function readProjections(
  db: NewsmarkDb,
  parts: readonly InsightsPart[] = ALL_PARTS,
  held?: (bundle: string) => HeldBundle | undefined,
): Promise<StoredProjections> {
  return db.transaction('r', db.pages, annotationStore(db), db.derived, async () => {
    const [stampRow, dirtyRow, idRow] = await db.derived.bulkGet([CHANGE_KEY, DIRTY_KEY, BUNDLE_ID_KEY]);
    const stamp = stampRow?.value ?? null;
    // The same bundle held with these parts: only its dirty pages differ (the dirty list only
    // grows until a new bundle, with a new id, is stored), so it is not read again.
    const id = idRow?.value as string | undefined;
    const reused = id === undefined ? undefined : held?.(id);
    const bundle: Partial<ReadBundle> | undefined = reused
      ? { id, projections: [...reused.projections] }
      : await readBundle(db, parts);
    const bundled = bundle?.projections;
    if (!bundle || !bundled || current(bundled).length < bundled.length)
      return { stamp, ...(await everyPage(db)), rebundle: true, dirty: [], complete: true, parts: ALL_PARTS };
    const read = reused?.parts ?? parts;
    const dirty = (dirtyRow?.value as string[] | undefined) ?? [];
    const byUrl = new Map(bundled.map((p) => [p.page[0], p]));
    for (const url of dirty) byUrl.delete(url);
    const { stored, built } = await pagesProjections(db, dirty);
    for (const projection of [...stored, ...built]) byUrl.set(projection.page[0], projection);
    return {
      stamp,
      projections: [...byUrl.values()],
      built,
      rebundle: dirty.length > REBUNDLE_AFTER,
      dirty,
      complete: ALL_PARTS.every((part) => read.includes(part)),
      // When a new bundle is on its way its parts would not line up with these; until then the
      // bundle's parts still serve every page but the dirty ones, which hold their own.
      later: dirty.length > REBUNDLE_AFTER ? undefined : bundle.later,
      bundle: bundle.id,
      parts: read,
    };
  });
}

function rowsOf(projections: readonly PageProjection[]) {
  return projections.map((p) => ({ key: projectionKey(p.page[0]), value: JSON.stringify(p) }));
}

/**
 * Stores what a read built (its pages' projections; a new bundle when the old one was missing
 * or stale, or else the first-paint rows for the pages written since it), unless a write came
 * in since (the stamp moved): that write dropped the projections it made stale, and storing
 * older ones would bring them back.
 */
export async function storeProjections(
  db: NewsmarkDb,
  read: StoredProjections,
  model?: InsightsModel,
): Promise<void> {
  // A read of some parts holds the others unread: a new bundle needs them read now.
  const whole = read.rebundle && !read.complete ? await readProjections(db) : read;
  await db.transaction('rw', db.derived, async () => {
    if ((await changeStamp(db)) !== read.stamp || whole.stamp !== read.stamp) return;
    await db.derived.bulkPut(rowsOf(read.built));
    if (read.rebundle) {
      // The model the reader built of these projections gives the people and first figures again.
      await db.derived.bulkPut(bundleRows(whole.projections, whole === read ? model : undefined));
      await db.derived.delete(DIRTY_KEY);
    } else if (model && read.bundle !== undefined && read.dirty.length > 0)
      await db.derived.bulkPut(
        firstPaintRows(model, read.bundle, read.dirty, read.parts.includes('figures')),
      );
  });
}

/**
 * Writes the projections of `urls` from their rows as they now stand. Call inside the
 * writer's transaction (with `derived` in it), after its last row write.
 */
export async function refreshProjections(db: NewsmarkDb, urls: readonly string[]): Promise<void> {
  await db.derived.bulkPut(rowsOf(await projectFromRows(db, urls)));
}
