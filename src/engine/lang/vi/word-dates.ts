import type { wordsBefore } from '../../analyze/figures/context';
import { VI_DATE_LEADS } from '../../analyze/lexicons/figure-words';

/** A Vietnamese date found by its words, as the figure's span and value. */
export interface ViDate {
  start: number;
  end: number;
  value: string;
}

type Before = ReturnType<typeof wordsBefore>;
const pad = (n: number): string => String(n).padStart(2, '0');

// "năm 2024", "năm nay" after a day, month or quarter: the year that completes the date.
const YEAR_TAIL = /[ \u00a0]năm[ \u00a0](?:(\d{4})|nay|ngoái|trước|sau|tới)(?![\p{L}\d])/uy;
// Formal dates write the month as a word: "ngày 4 tháng 1 năm 2024".
const MONTH_TAIL = /[ \u00a0]tháng[ \u00a0](\d{1,2})(?![\p{L}\d/])/uy;
// Day-month with hyphens, as some papers write it: "chiều 6-10", "ngày 29-3-2015".
const DASH_DATE = /(\d{1,2})-(\d{1,2})(?:-(\d{4}))?(?![\d/-])/uy;
// What continues a month into a range: "tháng 3 - 6/2027", "tháng 9 đến tháng 12".
const MONTH_RANGE_ON = /^[ \u00a0]?(?:[-–—]|đến|tới)[ \u00a0]?(?:tháng[ \u00a0])?\d/u;
// Words after a day-part that still lead a date: "chiều nay 4-10", "sáng mai 5-10".
const RELATIVE_DAYS = new Set(['nay', 'mai', 'qua']);

/** End of a "năm ..." year after `pos`, and the year when written in digits. */
export function yearTail(text: string, pos: number): { end: number; year?: number } | null {
  YEAR_TAIL.lastIndex = pos;
  const m = YEAR_TAIL.exec(text);
  if (!m) return null;
  return m[1] ? { end: pos + m[0].length, year: Number(m[1]) } : { end: pos + m[0].length };
}

/** A date lead right before: "ngày", "chiều", or "chiều nay". */
function dateLead(before: Before): number {
  if (VI_DATE_LEADS.has(before.one)) return before.oneStart;
  const first = before.two.split(' ')[0] ?? '';
  if (RELATIVE_DAYS.has(before.one) && VI_DATE_LEADS.has(first)) return before.twoStart;
  return -1;
}

/**
 * A date whose month or quarter is a word before a bare number: "quý 1 năm 2024", "tháng 3 năm
 * nay", "ngày 4 tháng 1 năm 2024"; or a hyphenated day-month after a date lead ("chiều nay 4-10").
 */
export function viWordDate(text: string, pos: number, before: Before): ViDate | null {
  DASH_DATE.lastIndex = pos;
  const dash = DASH_DATE.exec(text);
  if (dash) {
    const [day, month] = [Number(dash[1]), Number(dash[2])];
    const lead = dateLead(before);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && (lead >= 0 || dash[3])) {
      const value = dash[3] ? `${dash[3]}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
      return { start: lead >= 0 ? lead : pos, end: pos + dash[0].length, value };
    }
  }
  const digits = /^\d{1,2}(?![\d.,/:-])/u.exec(text.slice(pos, pos + 3));
  if (!digits) return null;
  const n = Number(digits[0]);
  let end = pos + digits[0].length;
  if (before.one === 'quý' && n >= 1 && n <= 4) {
    const year = yearTail(text, end);
    return {
      start: before.oneStart,
      end: year?.end ?? end,
      value: year?.year ? `${year.year}-Q${n}` : `Q${n}`,
    };
  }
  if (before.one === 'tháng' && n >= 1 && n <= 12) {
    const year = yearTail(text, end);
    // A month named alone ("CPI tháng 10 tăng") is a date, never a count of the word after it;
    // one that opens a range ("tháng 3 - 6/2027") is left to the range reader.
    if (!year) {
      if (MONTH_RANGE_ON.test(text.slice(end, end + 8))) return null;
      return { start: before.oneStart, end, value: `--${pad(n)}` };
    }
    return {
      start: before.oneStart,
      end: year.end,
      value: year.year ? `${year.year}-${pad(n)}` : `--${pad(n)}`,
    };
  }
  if (before.one === 'ngày' && n >= 1 && n <= 31) {
    MONTH_TAIL.lastIndex = end;
    const month = MONTH_TAIL.exec(text);
    if (!month || Number(month[1]) < 1 || Number(month[1]) > 12) return null;
    end += month[0].length;
    const year = yearTail(text, end);
    const m = pad(Number(month[1]));
    return {
      start: before.oneStart,
      end: year?.end ?? end,
      value: year?.year ? `${year.year}-${m}-${pad(n)}` : `--${m}-${pad(n)}`,
    };
  }
  return null;
}
