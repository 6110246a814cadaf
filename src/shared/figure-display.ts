import { utcDay } from './dates';

/** How a unit is written right after its number: "5.05%", "1.5×" (exports write them so too). */
export const UNIT_SYMBOLS: Record<string, string> = { percent: '%', 'percentage-point': ' pp', times: '×' };
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const YEARLESS_DAY = /^--(\d{2})-(\d{2})$/u;

/**
 * A figure's normalised value as the reader's language writes it: "2.3 billion USD" ("2,3 tỷ USD"),
 * "12%", "Sep 30, 2026", "Sep 30" for a day the text gave without its year (stored "--09-30").
 * The same value reads the same whichever language the article was in. For the popup, the panel
 * and the hover card; exports keep the stored form (src/export/summary.ts).
 */
export function figureValueText(
  value: number | string | null | undefined,
  unit: string | null | undefined,
  language: string,
  valueTo?: number,
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return formatDateValue(value, language);
  // A range reads "6–8%", "500 million–1 billion USD": the unit once, after both ends.
  const digits =
    valueTo === undefined
      ? amountText(value, language)
      : `${amountText(value, language)}–${amountText(valueTo, language)}`;
  if (!unit || unit === 'date' || unit === 'time') return digits;
  const symbol = UNIT_SYMBOLS[unit];
  return symbol ? `${digits}${symbol}` : `${digits} ${unit}`;
}

/**
 * Whether a value reads as the figure was written ("45 days" for "45 days", "12%" for "12 %"):
 * then it is not shown again beside it.
 */
export function readsAsWritten(valueText: string, written: string): boolean {
  const fold = (text: string) => text.replace(/\s+/gu, '').toLowerCase();
  return fold(valueText) === fold(written);
}

/** Past a million, words for the scale read at a glance where a row of digits does not. */
function amountText(value: number, language: string): string {
  return Math.abs(value) >= 1e6
    ? new Intl.NumberFormat(language, {
        notation: 'compact',
        compactDisplay: 'long',
        maximumSignificantDigits: 6,
      }).format(value)
    : value.toLocaleString(language, { maximumFractionDigits: 6 });
}

/** A stored date value ("2026-09-30", "--09-30") as a day; anything else (a year, a quarter) as stored. */
function formatDateValue(value: string, language: string): string {
  const day = ISO_DAY.exec(value);
  const yearless = day ? null : YEARLESS_DAY.exec(value);
  if (!day && !yearless) return value;
  // A leap year stands in for the missing one, so 29 February is a day too.
  const [year, month, date] = day ? day.slice(1).map(Number) : [2000, ...yearless!.slice(1).map(Number)];
  const ms = Date.UTC(year!, month! - 1, date!);
  return Number.isFinite(ms) ? utcDay(ms, language, day !== null) : value;
}
