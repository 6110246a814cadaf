/**
 * Keys of the `derived` table (caches worked out from pages and annotations, safe to drop):
 * one projection row per page, under PROJECTION_PREFIX + url; the bundle, every page's
 * projection in one row (one read opens the panel); the pages written since the bundle was
 * stored (dirty); and a change stamp.
 */
export const PROJECTION_PREFIX = 'page:';
/** A new value on every write to pages or annotations: readers holding a model compare it. */
export const CHANGE_KEY = 'changed';
/** The whole-library snapshot that version 2 stored; version 3 deletes it. */
export const OLD_SNAPSHOT_KEY = 'insights';

export const projectionKey = (url: string): string => `${PROJECTION_PREFIX}${url}`;
/** Past every projection key: the prefix with its last character's successor. */
export const PROJECTION_END = 'page;';
export const BUNDLE_KEY = 'bundle';
export const DIRTY_KEY = 'dirty';
