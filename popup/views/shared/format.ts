import { utcDay } from '../../../src/shared/dates';
import { figureValueText } from '../../../src/shared/figure-display';
import { FIGURE_TYPES } from '../../../src/shared/schema/kinds';
import { t, uiLanguage } from '../../i18n';

/** A day as the reader's language writes it ("30 thg 4, 2024", "Apr 30, 2024"); UTC, as stored. */
export const formatDay = (ms: number): string => utcDay(ms, uiLanguage());

/** "2024-04-30" for a date input, and back. */
export const toDateInput = (ms: number | undefined) =>
  ms === undefined || !Number.isFinite(ms) ? '' : new Date(ms).toISOString().slice(0, 10);
export const fromDateInput = (text: string, endOfDay = false): number | undefined => {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms + (endOfDay ? 86_399_999 : 0) : undefined;
};

/** A figure's normalised value in the reader's language (src/shared/figure-display.ts). */
export const formatValue = (
  value: number | string | null | undefined,
  unit: string | null | undefined,
  valueTo?: number,
): string => figureValueText(value, unit, uiLanguage(), valueTo);

/** A figure type ("money", "date") in the reader's language; an unknown one as stored. */
export function figureTypeLabel(type: string): string {
  return (FIGURE_TYPES as readonly string[]).includes(type)
    ? t(`figureType_${type as (typeof FIGURE_TYPES)[number]}`)
    : type;
}
