import type { NewsmarkDb } from '../db';
import { ALL_PARTS, type InsightsPart, type LaterParts } from './bundle';
import { buildModel, type InsightsModel } from './model';
import type { PageProjection } from './projection';
import { changeStamp, readProjections, storeProjections } from './stored-projections';

interface Held {
  stamp: unknown;
  model: InsightsModel;
  parts: readonly InsightsPart[];
  later?: LaterParts;
  /** The bundle the model was read from, and its projections: a later read of it reuses them. */
  bundle?: string;
  projections: readonly PageProjection[];
}
const cache = new WeakMap<NewsmarkDb, Held[]>();

/** A model held for this stamp with every part asked for, without reading anything. */
export function heldModel(
  db: NewsmarkDb,
  stamp: unknown,
  parts: readonly InsightsPart[],
): InsightsModel | undefined {
  return cache.get(db)?.find((h) => h.stamp === stamp && parts.every((part) => h.parts.includes(part)))
    ?.model;
}

/**
 * The insights model, kept in memory per database until a write changes the stamp. A new
 * model reads the stored projections (readProjections) and builds only the pages a write
 * left without one; those, and a fresh bundle or first-paint rows, are stored from a fresh task: the views call this inside a live query, where a
 * write would hang the query (Dexie's live queries are read-only), and a failed store only
 * costs building them again. `parts` are what the caller reads beside the people (the bundle's
 * figures and directives are most of its bytes, and reading them is most of an open's time):
 * reading a part not asked for throws. A held model with every part asked for serves; after a
 * write, one held of the same bundle gives every page the write did not touch.
 */
export async function loadInsights(
  db: NewsmarkDb,
  parts: readonly InsightsPart[] = ALL_PARTS,
): Promise<InsightsModel> {
  const stamp = await changeStamp(db);
  const serves = heldModel(db, stamp, parts);
  if (serves) return serves;
  const held = (cache.get(db) ?? []).filter((h) => h.stamp === stamp);
  // A model of the same bundle lacking some parts: read just those into it.
  for (const h of held) {
    const missing = parts.filter((part) => !h.parts.includes(part));
    if (h.later && (await h.later(missing))) {
      h.parts = [...h.parts, ...missing];
      return h.model;
    }
  }
  // After a write, a model held of the same bundle gives every page but the dirty ones.
  const before = cache.get(db) ?? [];
  const read = await readProjections(db, parts, (bundle) =>
    before.find((h) => h.bundle === bundle && parts.every((part) => h.parts.includes(part))),
  );
  const model = buildModel(read.projections);
  if (read.built.length > 0 || read.rebundle || read.dirty.length > 0)
    setTimeout(() => {
      storeProjections(db, read, model).catch((error: unknown) => {
        // A panel closed meanwhile: nothing lost, the next open builds them again.
        if ((error as Error).name !== 'DatabaseClosedError')
          console.warn('Newsmark: insights projections not stored', error);
      });
    }, 0);
  cache.set(db, [
    ...held.filter((h) => h.stamp === read.stamp),
    {
      stamp: read.stamp,
      model,
      parts: read.complete ? ALL_PARTS : read.parts,
      later: read.later,
      bundle: read.bundle,
      projections: read.projections,
    },
  ]);
  return model;
}
