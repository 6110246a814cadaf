/**
 * The latest time a JavaScript Date can hold (±8.64e15 ms): past it `new Date(ms)` is
 * invalid and `toISOString()` throws a RangeError. Stored times must stay within it.
 */
export const MAX_TIME_MS = 8.64e15;

/** True for a time a Date can hold and format. */
export function isValidTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS;
}

/** ISO 8601 text of a time, or null for one a Date cannot hold: formatting never throws. */
export function isoTime(ms: number): string | null {
  return isValidTime(ms) ? new Date(ms).toISOString() : null;
}

/** A time as the reader's locale writes a date ("2 Dec 2026"), or "" for one a Date cannot hold. */
export function localDate(ms: number, locale: string): string {
  if (!isValidTime(ms)) return '';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
  } catch {
    // An unknown locale tag: the browser's own.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(ms);
  }
}
