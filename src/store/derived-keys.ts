/**
 * Keys of the `derived` table (caches worked out from pages and annotations, safe to drop):
 * one projection row per page, under PROJECTION_PREFIX + url; the bundle, every page's
 * projection in three rows by kind (one read opens the panel, one parse shows the people); the pages written since the bundle was
 * stored (dirty); a change stamp; each page's search words, and the newest pages' gathered in
 * a few shelves.
 */
export const PROJECTION_PREFIX = 'page:';
/** A new value on every write to pages or annotations: readers holding a model compare it. */
export const CHANGE_KEY = 'changed';
/** The whole-library snapshot that version 2 stored; version 3 deletes it. */
export const OLD_SNAPSHOT_KEY = 'insights';

export const projectionKey = (url: string): string => `${PROJECTION_PREFIX}${url}`;
/** Past every projection key: the prefix with its last character's successor. */
export const PROJECTION_END = 'page;';
/** The bundle's pages with their officials: all the first view (people) needs. */
export const BUNDLE_KEY = 'bundle';
/** The bundle's figures and directives, each page's list in the pages' order: parsed on first use. */
export const FIGURES_BUNDLE_KEY = 'bundle:figures';
export const DIRECTIVES_BUNDLE_KEY = 'bundle:directives';
/**
 * The bundle's people as the list shows them, and the figures table's first screen: small rows
 * a view paints from before it reads the parts (people-summary.ts, figures-first.ts).
 */
export const PEOPLE_BUNDLE_KEY = 'bundle:people';
export const FIGURES_FIRST_KEY = 'bundle:figures-first';
/** The bundle's id, which its figures and directives rows carry: a part of another bundle is missing. */
export const BUNDLE_ID_KEY = 'bundle:id';
export const BUNDLE_KEYS = [
  BUNDLE_KEY,
  FIGURES_BUNDLE_KEY,
  DIRECTIVES_BUNDLE_KEY,
  PEOPLE_BUNDLE_KEY,
  FIGURES_FIRST_KEY,
  BUNDLE_ID_KEY,
];
export const DIRTY_KEY = 'dirty';
/**
 * Each page's search words, row by row (search-page-words.ts), under this prefix + url: the
 * newest-first search reads them instead of the rows of pages that cannot match.
 */
export const PAGE_WORDS_PREFIX = 'words:';
export const pageWordsKey = (url: string): string => `${PAGE_WORDS_PREFIX}${url}`;
/** Past every page-words key. */
export const PAGE_WORDS_END = 'words;';
/**
 * The newest pages' search words gathered in a few rows (search-shelf.ts): the head (the set's
 * id, its shelf count, the pages written since it was built) and the shelves under shelfKey(n).
 */
export const SHELF_HEAD_KEY = 'shelf';
export const shelfKey = (n: number): string => `${SHELF_HEAD_KEY}:${n}`;
/** Past the head and every shelf key. */
export const SHELF_END = 'shelf;';
