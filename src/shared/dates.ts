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

/** A day as `language` writes it, in UTC as stored ("Apr 30, 2024", or "Apr 30" without the year); "" for a time a Date cannot hold. */
export function utcDay(ms: number, language: string, withYear = true): string {
  if (!isValidTime(ms)) return '';
  return new Date(ms).toLocaleDateString(language, {
    timeZone: 'UTC',
    ...(withYear ? { year: 'numeric' } : {}),
    month: 'short',
    day: 'numeric',
  });
}

/** The time a page's published date gives, or null when it gives none a Date can read. */
export function publishedTime(published: string | null | undefined): number | null {
  const ms = published ? Date.parse(published) : Number.NaN;
  return isValidTime(ms) ? ms : null;
}
