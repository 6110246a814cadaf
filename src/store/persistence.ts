import type { NewsmarkDb } from './db';

/** The settings row that records that persistence was asked for, and the answer. */
export const PERSIST_ASKED_KEY = 'storage-persist-asked';

/** The parts of `navigator.storage` used; `persist` is missing in service workers. */
export interface PersistApi {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

export type PersistOutcome = 'unsupported' | 'already' | 'asked-before' | 'granted' | 'refused';

/**
 * Asks the browser, once per profile, to keep the extension's storage when the disk runs
 * low (`navigator.storage.persist()`), so the library is not evicted. Where the API is
 * missing (a Chromium service worker) it does nothing: the popup asks instead.
 */
export async function requestPersistenceOnce(
  db: NewsmarkDb,
  storage: PersistApi | undefined = globalThis.navigator?.storage,
): Promise<PersistOutcome> {
  if (typeof storage?.persist !== 'function') return 'unsupported';
  if (await storage.persisted?.()) return 'already';
  if (await db.settings.get(PERSIST_ASKED_KEY)) return 'asked-before';
  const granted = await storage.persist();
  await db.settings.put({ key: PERSIST_ASKED_KEY, value: { granted, at: Date.now() } });
  return granted ? 'granted' : 'refused';
}
