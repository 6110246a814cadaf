import type { NumberConvention } from '../../lang/language-pack';
import type { FigureType } from '../../types';

/** The numeric core at a position: a time, a date, a month/year, or a plain digit group. */
export interface Core {
  end: number;
  type: FigureType;
  /** Plain digit group text (for parseNumber) when type is 'number'. */
  digits: string;
  value: number | string | null;
  /** For dates without a year: day and month, so a following year or range can complete them. */
  day?: number;
  month?: number;
  year?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const TIME_H = /(\d{1,2})h(\d{2})?(?![\p{L}\d])/uy;
const TIME_COLON = /(\d{1,2}):(\d{2})(?:\s?([ap])\.?m\.?)?(?![\d:])/iuy;
const DAY_MONTH_YEAR = /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/]|\/\p{L})/uy;
const MONTH_YEAR = /(\d{1,2})\/(\d{4})(?![\d/])/uy;
const DIGITS = /\d+(?:[.,]\d+)*/uy;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The number, date or time at `pos`, read in the language's convention (day-month order, bare month/year). */
export function readCore(
  text: string,
  pos: number,
  numbers: NumberConvention,
  monthContext: boolean,
): Core | null {
  // Times and dates put an "h", ":" or "/" after one or two digits: a plain number skips their regexes.
  if (!dateOrTimeMark(text.charCodeAt(pos + 1)) && !dateOrTimeMark(text.charCodeAt(pos + 2)))
    return digitGroup(text, pos);
  let m = at(TIME_H, text, pos);
  if (m && Number(m[1]) <= 24) {
    return {
      end: pos + m[0].length,
      type: 'time',
      digits: '',
      value: `${pad(Number(m[1]))}:${m[2] ?? '00'}`,
    };
  }
  m = at(TIME_COLON, text, pos);
  if (m && Number(m[1]) <= 24 && Number(m[2]) < 60) {
    let hour = Number(m[1]);
    const half = m[3]?.toLowerCase();
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    return { end: pos + m[0].length, type: 'time', digits: '', value: `${pad(hour)}:${m[2]}` };
  }
  m = at(MONTH_YEAR, text, pos);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && (monthContext || numbers.bareMonthYear)) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    return { end: pos + m[0].length, type: 'date', digits: '', value: `${year}-${pad(month)}`, month, year };
  }
  m = at(DAY_MONTH_YEAR, text, pos);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [day, month] = numbers.dayFirst ? [a, b] : [b, a];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      const year = m[3] ? Number(m[3]) : undefined;
      const value = year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
      return {
        end: pos + m[0].length,
        type: 'date',
        digits: '',
        value,
        day,
        month,
        ...(year ? { year } : {}),
      };
    }
  }
  return digitGroup(text, pos);
}

const dateOrTimeMark = (c: number): boolean => c === 104 || c === 58 || c === 47;

/** The plain digit group at `pos` ("4.284,5"), without a separator that ends the sentence. */
function digitGroup(text: string, pos: number): Core | null {
  // `test` on the sticky regex: the match is [pos, lastIndex), read without a match array.
  DIGITS.lastIndex = pos;
  if (!DIGITS.test(text)) return null;
  let end = DIGITS.lastIndex;
  // A trailing separator belongs to the sentence, not the number ("năm 2024.", "1,5, 2").
  while (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 44) end--;
  return { end, type: 'number', digits: text.slice(pos, end), value: null };
}
