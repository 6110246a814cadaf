import { describe, expect, it } from 'vitest';
import { isoTime, isValidTime, localDate, MAX_TIME_MS } from '../../../src/shared/dates';

describe('dates', () => {
  it('formats every time a Date can hold', () => {
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoTime(MAX_TIME_MS)).toBe('+275760-09-13T00:00:00.000Z');
    expect(localDate(Date.UTC(2026, 11, 2, 12), 'en-GB')).toBe('2 Dec 2026');
  });

  it('never throws for a time it cannot hold, or an odd locale', () => {
    for (const ms of [MAX_TIME_MS + 1, 1e300, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(isValidTime(ms)).toBe(false);
      expect(isoTime(ms)).toBeNull();
      expect(localDate(ms, 'en')).toBe('');
    }
    expect(localDate(0, 'not a locale!')).not.toBe('');
  });
});
