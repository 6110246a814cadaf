import { uiLanguage } from '../../i18n';

/** A day as the reader's language writes it ("30 thg 4, 2024", "Apr 30, 2024"); UTC, as stored. */
export function formatDay(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  return new Date(ms).toLocaleDateString(uiLanguage(), {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** "2024-04-30" for a date input, and back. */
export const toDateInput = (ms: number | undefined) =>
  ms === undefined || !Number.isFinite(ms) ? '' : new Date(ms).toISOString().slice(0, 10);
export const fromDateInput = (text: string, endOfDay = false): number | undefined => {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms + (endOfDay ? 86_399_999 : 0) : undefined;
};

/** A normalised figure value: amounts in the reader's digits with the unit, ISO dates as stored. */
export function formatValue(value: number | string | null, unit: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const digits =
    Math.abs(value) >= 1e6
      ? value.toExponential(3).replace(/\.?0+e/, 'e')
      : value.toLocaleString(uiLanguage());
  return unit && unit !== 'date' && unit !== 'time' ? `${digits} ${unit}` : digits;
}
