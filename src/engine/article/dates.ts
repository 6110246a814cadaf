import { type PageMarks, scopedFirst } from './find-marked';
import { metaValue } from './meta-tags';

/**
 * Publication dates as the calendar day the page means ("YYYY-MM-DD"), never shifted by a time zone:
 * "2024-01-04T23:30:00-05:00" is the 4th. Reads ISO, day-first numeric dates (Vietnamese "04/01/2024
 * 15:30", "Thứ năm, 4/1/2024 - 15:30"), and English month names.
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
const MONTH_FIRST = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})\\b`,
  'i',
);
/** A clock time between month-day and year, as JavaScript and Unix `date` print: "Mon Aug 03 12:45:00 EDT 2015". */
const CLOCK_BEFORE_YEAR = new RegExp(
  `\\b${MONTH_NAME}\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{2,5}\\s+)?(\\d{4})\\b`,
  'i',
);
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T|$)/;
const NUMERIC = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const VI_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;
/** Year first: "2019年4月4日" (Japanese, Chinese), "2019년 4월 4일" (Korean), "2019/04/04", "2019.04.04". */
const YEAR_FIRST = /(?<!\d)(\d{4})\s*(?:年|년|[/.])\s*(\d{1,2})\s*(?:月|월|[/.])\s*(\d{1,2})(?!\d)/;
/** The expressions toIsoDay runs, for compileSteps. */
export const DATE_REGEXPS = [
  ISO,
  COMPACT,
  VI_WORDS,
  YEAR_FIRST,
  NUMERIC,
  MONTH_FIRST,
  DAY_FIRST,
  CLOCK_BEFORE_YEAR,
];

function day(year: number, month: number, date: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || date < 1 || date > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** `dayFirst`: how to read an ambiguous "04/01/2024" (true for most of the world, false for US English). */
export function toIsoDay(raw: string | null | undefined, dayFirst = true): string | null {
  if (!raw) return null;
  const text = raw.trim();
  let m = text.match(ISO) ?? text.match(COMPACT);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = text.match(VI_WORDS);
  if (m) return day(+m[3]!, +m[2]!, +m[1]!);
  m = text.match(YEAR_FIRST);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = text.match(NUMERIC);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    const monthFirst = a <= 12 && (b > 12 || !dayFirst);
    return monthFirst ? day(+m[3]!, a, b) : day(+m[3]!, b, a);
  }
  m = text.match(MONTH_FIRST) ?? text.match(CLOCK_BEFORE_YEAR);
  if (m) return day(+m[3]!, MONTHS[m[1]!.toLowerCase().slice(0, 3)] ?? 0, +m[2]!);
  m = text.match(DAY_FIRST);
  if (m) return day(+m[3]!, MONTHS[m[2]!.toLowerCase().slice(0, 3)] ?? 0, +m[1]!);
  return null;
}

/** The page's own date marks: published attributes, then <time>, then date-ish classes, inside `scope` first. */
export function findVisibleDate(marks: PageMarks, scope: Element | null, dayFirst: boolean): string | null {
  for (const el of scopedFirst(marks.dateAttrs, scope)) {
    const found = toIsoDay(metaValue(el) ?? el.getAttribute('datetime') ?? el.textContent, dayFirst);
    if (found) return found;
  }
  for (const time of scopedFirst(marks.times, scope)) {
    const found = toIsoDay(time.getAttribute('datetime'), dayFirst) ?? toIsoDay(time.textContent, dayFirst);
    if (found) return found;
  }
  // Date lines, then byline lines, which often end with the date ("By Ann Lee on 1 June 2019").
  for (const el of [...scopedFirst(marks.dateClass, scope), ...scopedFirst(marks.bylineClass, scope)]) {
    const text = el.textContent ?? '';
    if (text.length > 160) continue;
    const found = toIsoDay(text, dayFirst);
    if (found) return found;
  }
  return null;
}
