/**
 * Bounds that keep one page from freezing the reader's tab or flooding the database. A long
 * feature is ~60,000 characters; past these the page is a book, a dump or a trap.
 */

/** Article text the analyzers read; later blocks are kept in the text but not analysed. */
export const MAX_ANALYZED_CHARS = 400_000;

/** Automatic annotations kept per page, in reading order. */
export const MAX_AUTO_ANNOTATIONS = 5_000;
