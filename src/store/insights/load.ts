import type { NewsmarkDb } from '../db';
import { buildModel, type InsightsModel } from './model';
import { changeStamp, readProjections, storeProjections } from './stored-projections';

const cache = new WeakMap<NewsmarkDb, { stamp: unknown; model: InsightsModel }>();

/**
 * The insights model, kept in memory per database until a write changes the stamp. A new
 * model reads the stored projections (readProjections) and builds only the pages a write
 * left without one; those, and a fresh bundle, are stored from a fresh task: the views call this inside a live query, where a
 * write would hang the query (Dexie's live queries are read-only), and a failed store only
 * costs building them again.
 */
export async function loadInsights(db: NewsmarkDb): Promise<InsightsModel> {
  const held = cache.get(db);
  if (held && held.stamp === (await changeStamp(db))) return held.model;
  const read = await readProjections(db);
  if (read.built.length > 0 || read.rebundle)
    setTimeout(() => {
      storeProjections(db, read).catch((error: unknown) => {
        // A panel closed meanwhile: nothing lost, the next open builds them again.
        if ((error as Error).name !== 'DatabaseClosedError')
          console.warn('Newsmark: insights projections not stored', error);
      });
    }, 0);
  const model = buildModel(read.projections);
  cache.set(db, { stamp: read.stamp, model });
  return model;
}
