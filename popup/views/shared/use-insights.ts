import type { NewsmarkDb } from '../../../src/store/db';
import { openNewsmarkDb } from '../../../src/store/db';
import type { InsightsPart } from '../../../src/store/insights/bundle';
import { loadInsights } from '../../../src/store/insights/load';
import type { InsightsModel } from '../../../src/store/insights/model';
import { useLiveQuery } from '../../use-live-query';

let shared: NewsmarkDb | undefined;

/** The database the views read when the panel passes none: one connection per document. */
export function sharedDb(): NewsmarkDb {
  shared ??= openNewsmarkDb();
  return shared;
}

/**
 * The insights model, live: rebuilt when the background stores a visit. `parts` are the
 * bundle's parts the view reads beside the people (the others are neither read nor parsed).
 */
export function useInsights(db: NewsmarkDb, parts: readonly InsightsPart[]): InsightsModel | undefined {
  return useLiveQuery(() => loadInsights(db, parts), [db]);
}

/** Props every insights view takes; `db` is for tests and the panel, else the shared one. */
export interface InsightsViewProps {
  onOpenItem(pageUrl: string, annotationId: string): void;
  db?: NewsmarkDb;
}
