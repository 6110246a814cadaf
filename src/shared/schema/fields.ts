import * as v from 'valibot';
import { MAX_TIME_MS } from '../dates';

/**
 * The field shapes every schema in this folder is built from, each bounded so that nothing a
 * page or a file sends can flood the database or the popup.
 */

/** A quote, a directive sentence, a note: long enough for any sentence a reader marks. */
export const MAX_TEXT = 20_000;
/** A note's text. */
export const MAX_NOTE = 10_000;
/** Addresses (a page's URL, its canonical link). */
export const MAX_URL = 4_000;

export const shortText = v.pipe(v.string(), v.maxLength(2_000));
export const nullableShortText = v.nullable(shortText);
export const longText = v.pipe(v.string(), v.maxLength(MAX_TEXT));
/** A character offset into the article text. */
export const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Milliseconds since 1970 that a Date can hold, so every export and the Library can format them. */
export const timestamp = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_TIME_MS));
/** An absolute http(s) address, as written (not yet a page key). */
export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL),
  v.url(),
  v.regex(/^https?:/i, 'only http(s) pages are stored'),
);
