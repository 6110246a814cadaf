import english from '../../../_locales/en/messages.json';
import { figureValueText } from '../../../src/shared/figure-display';
import { t, uiLanguage } from '../../i18n';

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

/** A figure's normalised value in the reader's language (src/shared/figure-display.ts). */
export const formatValue = (
  value: number | string | null | undefined,
  unit: string | null | undefined,
): string => figureValueText(value, unit, uiLanguage());

/** A figure type ("money", "date") in the reader's language; an unknown one as stored. */
export function figureTypeLabel(type: string): string {
  const key = `figureType_${type}`;
  return key in english ? t(key as keyof typeof english) : type;
}
