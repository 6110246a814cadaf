/**
 * Re-runs a store read whenever the tables it read change (the background writes while the
 * popup is open). Re-exported here so that Dexie stays inside src/store.
 */
export { liveQuery } from 'dexie';
