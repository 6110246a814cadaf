import type { NumberConvention } from '../../lang/language-pack';
import { viWordNumbers } from '../../lang/vi/number-words';
import { viWordDate, yearTail } from '../../lang/vi/word-dates';
import type { FigureAnnotation } from '../../types';
import {
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  EN_MONTHS,
  NOT_COUNTED_NOUN,
  PERCENT_WORDS,
  RATIO_WORDS,
  SCALE_WORDS,
  VI_DATE_LEADS,
} from '../lexicons/figure-words';
import { parseNumber, parseQuarter, scaleValue } from '../parse-number';
import { letterAt, wordCharAt } from './char-class';
import { matchAfter, wordAfter, wordsBefore } from './context';
import { type Core, readCore } from './core';
import { figure, ranged, withPerUnit } from './figure-shape';
import { labelledByWordsBefore } from './label-words';
import {
  endsName,
  furnitureEnd,
  isVersion,
  knockoutRoundEnd,
  listMarkerEnd,
  phoneEnd,
  roundTheClockEnd,
  spacedCodeNumber,
} from './labels';
import { continuesIdentifierList } from './lists-and-glue';

const NUMBER_START = /\d/gu;
const RATIO_ENTRIES = RATIO_WORDS.map((w) => [w, w] as const);
const RANGE_DASH = /[ \u00a0]?(?:[-–—]{1,2}|đến|to)[ \u00a0]?(?=T?\d)/uy;
const DOC_TAIL = /^(?:\/\d{2,4})?[/-](?:[\p{Lu}Đ]{2,}|[\p{Lu}Đ](?!\d))/u;
const ORDINAL_TAIL = /^(?:st|nd|rd|th)\b/u;
// Units and scale words written against the number: "140.000đ", "5km", "£1.7billion", "€642million".
const GLUED_UNIT =
  /^(?:%|đ|k|km2?|m2|m²|m3|m|kg|ha|tr|bn|mn|MW|kWh|GB|s|cm|mm|g|l|million|billion|trillion|thousand|crore|lakh|triệu|tỷ|tỉ)(?![\p{L}\d])/u;
const FRACTION = /\/\d+(?![\d/])/uy;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
// Words glued to a decade or year by a hyphen: "mid-1990s", "early-2000s".
const DECADE_LEAD = /(?:mid|early|late|pre|post)-$/iu;
const QUARTER = /[Qq]uý[ \u00a0]+(IV|I{1,3}|[1-4])(?:\/(\d{4}))?(?![\p{L}\d])/gu;
const EN_YEAR_AFTER_DAY = /,?[ \u00a0](\d{4})(?!\d)/uy;
const EN_MONTH_BEFORE =
  /((?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December)[ \u00a0]$/u;
/**
 * The last three letters of EN_MONTH_BEFORE's words: a month right before the number ends the
 * word before it (wordsBefore's `one`, a dot after it kept), so a word ending otherwise is refused
 * without the regex (tried at every offset of its slice).
 */
const MONTH_ENDINGS: ReadonlySet<string> = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september october november december'
    .split(' ')
    .map((w) => w.slice(-3)),
);
function mayEndInMonth(word: string): boolean {
  const end = word.endsWith('.') ? word.length - 1 : word.length;
  return end >= 3 && MONTH_ENDINGS.has(word.slice(end - 3, end));
}
// Page furniture: "2 giờ trước" (ago), "1.234 lượt xem" (views), "12 bình luận" closing a line.
const FURNITURE_AFTER = /^[ \u00a0](?:trước|xem|thích|luận)[ \u00a0]*(?:\n|$|\|)/u;
const FURNITURE_UNITS = new Set(['giây', 'phút', 'giờ', 'ngày', 'tuần', 'tháng', 'năm', 'lượt', 'bình']);
const RANGE_TO = /^[ \u00a0]?(?:đến|tới|-)[ \u00a0]?\d/u;
// What follows "24/24" when it means all day: hours, or no counted noun at all.
const ROUND_THE_CLOCK =
  /^(?:h|[ \u00a0]?(?:giờ|tiếng)(?![\p{L}])|[ \u00a0]*(?:[,.;:)]|$)|[ \u00a0](?:và|hoặc|để|trong|tại|kể|các|mọi|nên|nhằm)(?![\p{L}]))/u;
// "T9/2026": the month shorthand is written with its year.
const MONTH_SHORTHAND = /^\d{1,2}\/\d{2,4}/u;

/** Skips past an identifier glued to the number (plates, codes, "COVID-19"): returns its end. */
function gluedRunEnd(text: string, pos: number): number {
  let p = pos;
  // A colon between digits stays inside the code: the offset of "GMT+07:00".
  for (; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 46 || c === 47 || c === 45 || wordCharAt(text, p)) continue;
    const next = text.charCodeAt(p + 1);
    if (c !== 58 || !(next >= 48 && next <= 57)) break;
  }
  return p;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const spaceOrDash = (c: number): boolean => c === 32 || c === 45 || c === 0x2013;

/** `text.includes('uý')`, by the rarer letter: a one-letter search skips English text far faster. */
function writesUy(text: string): boolean {
  for (let p = text.indexOf('ý'); p >= 0; p = text.indexOf('ý', p + 1))
    if (text.charCodeAt(p - 1) === 117) return true;
  return false;
}

/** Finds figures: amounts, rates, counts, dates and times, per the annotation guidelines. */
export function findFigures(text: string, numbers: NumberConvention): FigureAnnotation[] {
  const out: FigureAnnotation[] = [];
  let consumed = 0;
  // Ends of the last identifier skipped and of the last figure found.
  let identifierEnd = -1;
  let figureEnd = -1;
  const skipIdentifier = (from: number) => {
    consumed = gluedRunEnd(text, from);
    identifierEnd = consumed;
  };
  NUMBER_START.lastIndex = 0;
  // `test`, not `exec`: no match array per digit run; a match is one digit, ending at lastIndex.
  for (;;) {
    // The scan resumes after what the last number consumed: its other digits start no number.
    if (NUMBER_START.lastIndex < consumed) NUMBER_START.lastIndex = consumed;
    if (!NUMBER_START.test(text)) break;
    const s = NUMBER_START.lastIndex - 1;
    // The two characters before, by code (a space before the text's start), tested without a regex call.
    const prev = s >= 1 ? text.charCodeAt(s - 1) : 32;
    const prev2 = s >= 2 ? text.charCodeAt(s - 2) : 32;
    let start = s;
    // "T9/2026" is Vietnamese shorthand for tháng 9/2026; other letters glued on make a code.
    const monthShorthand =
      prev === 84 &&
      !letterAt(text, s - 2) &&
      numbers.monthLetterT &&
      MONTH_SHORTHAND.test(text.slice(s, s + 8));
    const decadeLead = prev === 45 && DECADE_LEAD.test(text.slice(Math.max(0, s - 6), s));
    // "352 tỷ đồng/373 tỷ đồng": a figure right after a figure's slash is a second figure.
    const afterFigure = prev === 47 && s - 1 === figureEnd;
    if (
      !monthShorthand &&
      !decadeLead &&
      !afterFigure &&
      // Glued to a word or a code: "U23", "25R/07L", "GMT+7" (a time zone, not an amount).
      (letterAt(text, s - 1) ||
        ((prev === 45 || prev === 46 || prev === 47 || prev === 43) && wordCharAt(text, s - 2)))
    ) {
      consumed = gluedRunEnd(text, s);
      continue;
    }
    if (identifierEnd >= 0 && s - identifierEnd <= 5 && continuesIdentifierList(text, identifierEnd, s)) {
      skipIdentifier(s);
      continue;
    }
    if (monthShorthand) start = s - 1;
    // "Covid - 19", "Covid -19": only a dash beside a space before the number is worth a look.
    if (spaceOrDash(prev) && spaceOrDash(prev2) && spacedCodeNumber(text, s)) {
      consumed = gluedRunEnd(text, s);
      continue;
    }
    const label = Math.max(phoneEnd(text, s), listMarkerEnd(text, s), furnitureEnd(text, s));
    if (label >= 0) {
      consumed = label;
      continue;
    }
    const before = wordsBefore(text, start);
    const round = Math.max(knockoutRoundEnd(text, s, before.one), roundTheClockEnd(text, s, before));
    if (round >= 0) {
      consumed = round;
      continue;
    }
    const monthBefore =
      numbers.monthNamesBefore && (prev === 32 || prev === 0xa0) && mayEndInMonth(before.one)
        ? EN_MONTH_BEFORE.exec(text.slice(Math.max(0, start - 11), start))
        : null;
    const wordDate = numbers.wordDates ? viWordDate(text, s, before) : null;
    if (wordDate) {
      out.push(figure(text, wordDate.start, wordDate.end, 'date', wordDate.value, 'date'));
      consumed = figureEnd = wordDate.end;
      continue;
    }
    const monthContext = monthShorthand || before.one === 'tháng' || before.one === 'quý';
    const core = readCore(text, s, numbers, monthContext);
    if (!core) continue;
    let end = core.end;
    // A code's tail opens on "/" or "-", an ordinal's and a glued unit's on a letter: most numbers
    // are followed by neither, and their tail is not read.
    const next = text.charCodeAt(end);
    const glued = letterAt(text, end);
    if (next === 47 || next === 45 || glued) {
      const tail = text.slice(end, end + 12);
      if (DOC_TAIL.test(tail) || (core.type === 'number' && /^\/\d{4}\//u.test(tail))) {
        skipIdentifier(end);
        continue;
      }
      if (ORDINAL_TAIL.test(tail)) {
        consumed = gluedRunEnd(text, end);
        continue;
      }
      if (glued && core.type === 'number' && !GLUED_UNIT.test(tail)) {
        consumed = gluedRunEnd(text, end);
        continue;
      }
    }
    // An English month before ("June 5") makes a date, whatever the words before it.
    if (!monthBefore && labelledByWordsBefore(text, s, end, before, core)) {
      skipIdentifier(end);
      continue;
    }
    const found = classify(text, numbers, start, core, before, monthBefore);
    if (
      found &&
      FURNITURE_UNITS.has(found.unit ?? '') &&
      FURNITURE_AFTER.test(text.slice(found.end, found.end + 12))
    ) {
      consumed = found.end;
      continue;
    }
    const counts = found?.figureType === 'number' || found?.figureType === 'quantity';
    const bare = found?.figureType === 'number';
    if (
      found &&
      counts &&
      (endsName(text, found.start, core.end, bare) || isVersion(core.digits, numbers.decimal))
    ) {
      // Only this number: a weaker sign than an identifier word, it does not carry over a list.
      consumed = core.end;
      continue;
    }
    if (found) {
      out.push(found);
      consumed = figureEnd = found.end;
      end = found.end;
    } else consumed = end;
  }
  // Quarters in Roman numerals are Vietnamese ("quý I/2024"): skip the scan when no "uý" is written.
  const quarters = writesUy(text) ? text.matchAll(QUARTER) : [];
  for (const q of quarters) {
    const quarter = parseQuarter(q[1]!);
    if (!quarter || out.some((f) => f.start <= q.index! && f.end > q.index!)) continue;
    if (/\d/u.test(q[1]!)) continue; // Arabic quarters were found by the number scan.
    const value = q[2] ? `${q[2]}-Q${quarter}` : `Q${quarter}`;
    out.push(figure(text, q.index!, q.index! + q[0].length, 'date', value, 'date'));
  }
  // "hai triệu người", "ba nghìn tỷ đồng": number words with a scale, where no digit figure stands.
  if (numbers.wordDates)
    for (const f of viWordNumbers(text, numbers.twoWordNouns))
      if (!out.some((o) => o.start < f.end && f.start < o.end)) out.push(f);
  return out.sort((a, b) => a.start - b.start);
}

type Before = ReturnType<typeof wordsBefore>;

/** Whether RANGE_DASH can start at a character: a space, a dash, or the "đ" of "đến", the "t" of "to". */
const mayOpenRange = (c: number): boolean =>
  c === 32 || c === 0xa0 || c === 45 || c === 0x2013 || c === 0x2014 || c === 0x111 || c === 116;

/** `/^(?:19|20)\d{2}$/u` by character code: a bare year's digits. */
function yearDigits(d: string): boolean {
  if (d.length !== 4) return false;
  const century = d.charCodeAt(0) * 256 + d.charCodeAt(1);
  const c = d.charCodeAt(2);
  const e = d.charCodeAt(3);
  return (century === 49 * 256 + 57 || century === 50 * 256 + 48) && c >= 48 && c <= 57 && e >= 48 && e <= 57;
}

/**
 * CURRENCY_BEFORE by the code of each sign's last character, in list order: a sign can end only
 * at the character before the number, so most numbers (no sign) try none of them.
 */
const CURRENCY_BY_LAST = new Map<number, Array<readonly [string, string]>>();
for (const entry of CURRENCY_BEFORE) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  CURRENCY_BY_LAST.set(last, [...(CURRENCY_BY_LAST.get(last) ?? []), entry]);
}

function classify(
  text: string,
  numbers: NumberConvention,
  start0: number,
  core: Core,
  before: Before,
  monthBefore: RegExpExecArray | null,
): FigureAnnotation | null {
  let start = start0;
  let end = core.end;
  // Ranges: "2016-2020", "0,5 - 1 tỷ USD", "24 - 27/4/2021", "từ 20 đến 30": one figure.
  RANGE_DASH.lastIndex = end;
  let rangeCore: Core | null = null;
  if (mayOpenRange(text.charCodeAt(end)) && RANGE_DASH.test(text)) {
    let p = RANGE_DASH.lastIndex;
    if (text[p] === 'T') p++;
    const second = readCore(text, p, numbers, core.type === 'date');
    if (second && !/^[/-][\p{Lu}Đ]/u.test(text.slice(second.end, second.end + 3))) {
      rangeCore = second;
      end = second.end;
    }
  }
  const lead = before.one;
  if (core.type === 'time' || (rangeCore?.type === 'time' && core.type !== 'date')) {
    return figure(text, start, end, 'time', core.type === 'time' ? core.value : rangeCore!.value, 'time');
  }
  if (core.type === 'date' || rangeCore?.type === 'date') {
    const date = core.type === 'date' ? core : rangeCore!;
    if (VI_DATE_LEADS.has(lead) || lead === 'tháng' || lead === 'quý') start = before.oneStart;
    if (VI_DATE_LEADS.has(before.two)) start = before.twoStart;
    if (lead === 'quý' && date.month && date.year && date.month <= 4) {
      return figure(text, start, end, 'date', `${date.year}-Q${date.month}`, 'date');
    }
    // "1/3 năm nay", "4/1 năm 2024": the year written as words completes the date.
    const year = numbers.wordDates && !date.year && end === date.end ? yearTail(text, end) : null;
    if (year) end = year.end;
    return figure(text, start, end, 'date', date.value, 'date');
  }
  const value = parseNumber(core.digits, numbers.decimal);
  if (value === null) return null;
  FRACTION.lastIndex = end;
  const fraction =
    core.type === 'number' && !rangeCore && text.charCodeAt(end) === 47 ? FRACTION.exec(text) : null;
  // "15/2020" that is no month of a year: the number of a document whose kind went unwritten.
  if (fraction && /^\/(?:19|20)\d{2}$/u.test(fraction[0])) return null;
  // "trực 24/24 giờ", "24/24h": all the hours of the day, no amount ("24/24 xã" counts communes).
  if (
    fraction &&
    core.digits === '24' &&
    fraction[0] === '/24' &&
    ROUND_THE_CLOCK.test(text.slice(end + 3, end + 10))
  )
    return null;
  if (fraction) {
    end += fraction[0].length;
    const noun = wordAfter(text, end);
    const nounOk = noun && !NOT_COUNTED_NOUN.has(noun.word);
    return figure(
      text,
      start,
      nounOk ? noun.end : end,
      'ratio',
      value / Number(fraction[0].slice(1)),
      nounOk ? noun.word : null,
    );
  }
  // English dates: "July 25", "Nov. 20, 2019", "September 2002".
  if (monthBefore) {
    const month = EN_MONTHS.get(monthBefore[1]!.replace('.', '').toLowerCase())!;
    start = start0 - monthBefore[0].length;
    if (core.digits.length === 4 && value >= 1000) {
      return figure(text, start, end, 'date', `${value}-${pad(month)}`, 'date');
    }
    if (value >= 1 && value <= 31 && /^\d+$/u.test(core.digits)) {
      EN_YEAR_AFTER_DAY.lastIndex = end;
      const y = EN_YEAR_AFTER_DAY.exec(text);
      if (y) end += y[0].length;
      const iso = y ? `${y[1]}-${pad(month)}-${pad(value)}` : `--${pad(month)}-${pad(value)}`;
      return figure(text, start, end, 'date', iso, 'date');
    }
  }
  // Currency signs before the number.
  let unit: string | null = null;
  for (const [sign, code] of CURRENCY_BY_LAST.get(text.charCodeAt(start - 1)) ?? []) {
    if (start >= sign.length && text.startsWith(sign, start - sign.length)) {
      unit = code;
      start -= sign.length;
      break;
    }
  }
  let amount = value;
  // "£15m", "$2.5m": after a currency sign a glued "m" is millions, never metres.
  const scale =
    matchAfter(text, end, SCALE_WORDS) ??
    (unit !== null && text[end] === 'm' && !LETTER_OR_DIGIT.test(text[end + 1] ?? ' ')
      ? { end: end + 1, value: 1e6 }
      : null);
  if (scale) {
    amount = scaleValue(value, scale.value);
    end = scale.end;
  }
  // "0,5 - 1 tỷ USD", "6 to 8 percent": the scale and unit written once serve both ends.
  const top = rangeCore ? parseNumber(rangeCore.digits, numbers.decimal) : null;
  const upTo = top === null ? null : scale ? scaleValue(top, scale.value) : top;
  const currency = matchAfter(text, end, CURRENCY_AFTER);
  if (currency) {
    unit = currency.value;
    end = currency.end;
  }
  if (unit) return ranged(withPerUnit(text, start, end, 'money', amount, unit), upTo);
  const percent = matchAfter(text, end, PERCENT_WORDS);
  if (percent) return ranged(figure(text, start, percent.end, 'percent', amount, percent.value), upTo);
  const ratio = matchAfter(text, end, RATIO_ENTRIES, false);
  if (ratio) return ranged(figure(text, start, ratio.end, 'ratio', amount, 'times'), upTo);
  // Years: a bare four-digit 1900–2099 (also after "năm"/"in"), and decades ("1990s").
  const isYear = yearDigits(core.digits);
  if (isYear && text[end] === 's') return figure(text, start, end + 1, 'date', `${core.digits}s`, 'date');
  // A bare 1900–2099 is a year ("năm 2023", "in 2016", "ASEAN 2020"), never a count of nouns after it.
  if (isYear && !rangeCore) {
    if (lead === 'năm') start = before.oneStart;
    return figure(text, start, end, 'date', core.digits, 'date');
  }
  if (isYear && rangeCore)
    return figure(text, start, end, 'date', `${core.digits}/${rangeCore.digits}`, 'date');
  const noun = wordAfter(text, end);
  if (noun && !NOT_COUNTED_NOUN.has(noun.word)) {
    let nounEnd = noun.end;
    let unitWord = noun.word;
    const next = numbers.twoWordNouns.size ? wordAfter(text, nounEnd) : null;
    if (next && numbers.twoWordNouns.has(`${noun.word} ${next.word}`)) {
      nounEnd = next.end;
      unitWord = `${noun.word} ${next.word}`;
    } else if (numbers.pluralHeads && amount !== 1 && !PLURAL.test(noun.word)) {
      const head = wordAfter(text, nounEnd);
      if (head && PLURAL.test(head.word) && !NOT_COUNTED_NOUN.has(head.word) && !VERB_S.has(head.word)) {
        nounEnd = head.end;
        unitWord = `${noun.word} ${head.word}`;
      }
    }
    // "từ 30 tháng đến 60 tháng": a range with its unit on both ends opens with "từ".
    if (lead === 'từ' && RANGE_TO.test(text.slice(nounEnd, nounEnd + 8))) start = before.oneStart;
    return ranged(withPerUnit(text, start, nounEnd, 'quantity', amount, unitWord), upTo);
  }
  return ranged(figure(text, start, end, scale ? 'quantity' : 'number', amount, null), upTo);
}

/** An English plural noun ("members", "cities"), not a word that only ends in s ("class", "bus"). */
const PLURAL = /[^su]s$/u;
/** Verbs that end like a plural: "the 2 port says" is no count of "port says". */
const VERB_S = new Set([
  'has',
  'does',
  'says',
  'goes',
  'gets',
  'makes',
  'takes',
  'comes',
  'seems',
  'means',
  'needs',
  'shows',
  'gives',
  'remains',
  'includes',
]);
