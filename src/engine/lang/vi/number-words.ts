import { matchAfter, wordAfter } from '../../analyze/figures/context';
import { withPerUnit } from '../../analyze/figures/figure-shape';
import { CURRENCY_AFTER, NOT_COUNTED_NOUN, PERCENT_WORDS } from '../../analyze/lexicons/figure-words';
import type { FigureAnnotation } from '../../types';

/**
 * Vietnamese numbers written as words and tied to a scale ("hai triệu người", "ba nghìn tỷ đồng",
 * "năm trăm hộ"): the guidelines count them as figures, as they count "two million". A number
 * word alone ("ba năm") and a vague amount ("hàng triệu", "vài trăm") are not figures.
 */
const UNITS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
const SCALES: Record<string, number> = { trăm: 1e2, nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
// "hai mươi lăm", "mười hai", "ba": a number word up to ninety-nine, then one or two scale words;
// not "tỷ" opening a word of its own ("một tỷ lệ nhỏ" is a small rate, "tỷ giá", "tỷ số").
const WORD_NUMBER =
  /(?<![\p{L}\d])(?:(một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\s+mươi(?:\s+(mốt|tư|lăm|một|hai|ba|bốn|năm|sáu|bảy|tám|chín))?|mười(?:\s+(một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?|(một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín))\s+(trăm|nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+(nghìn|ngàn|triệu|tỷ|tỉ))?(?![\p{L}])(?!\s+(?:lệ|giá|số|trọng|suất|phú)(?![\p{L}]))/giu;

// WORD_NUMBER run at one position (see nextWordNumber), and the scale words it needs.
const WORD_NUMBER_AT = new RegExp(WORD_NUMBER.source, 'iuy');
const SCALE_WORD = /trăm|nghìn|ngàn|triệu|tỷ|tỉ/giu;

/** ASCII that no match holds: digits and punctuation (a match is number words and white space). */
const outsideMatch = (c: number): boolean =>
  c < 128 && !(c >= 65 && c <= 90) && !(c >= 97 && c <= 122) && c !== 32 && !(c >= 9 && c <= 13);

/**
 * WORD_NUMBER's next match at or after `from`, as its global scan would find it, without trying
 * every position of the text (that scan, a look-behind first, was most of the figures' time on
 * Vietnamese pages). Every match holds a scale word and no digit or ASCII punctuation: so the next
 * match starts between the last such character before the next scale word and that word.
 */
function nextWordNumber(text: string, from: number): RegExpExecArray | null {
  let floor = from;
  for (;;) {
    SCALE_WORD.lastIndex = floor;
    const scale = SCALE_WORD.exec(text);
    if (!scale) return null;
    let p = scale.index;
    while (p > floor && !outsideMatch(text.charCodeAt(p - 1))) p--;
    for (; p <= scale.index; p++) {
      WORD_NUMBER_AT.lastIndex = p;
      const m = WORD_NUMBER_AT.exec(text);
      if (m) return m;
    }
    floor = scale.index + 1;
  }
}

const unit = (w: string | undefined): number => (w ? (UNITS[w.toLowerCase()] ?? (w === 'mốt' ? 1 : 0)) : 0);

function wordValue(m: RegExpExecArray): number {
  if (m[1]) return unit(m[1]) * 10 + unit(m[2]);
  if (m[0].toLowerCase().startsWith('mười')) return 10 + unit(m[3]);
  return unit(m[4]);
}

/** The figures written as Vietnamese number words with a scale, with the unit or noun after them. */
export function viWordNumbers(text: string, twoWordNouns: ReadonlySet<string>): FigureAnnotation[] {
  const out: FigureAnnotation[] = [];
  // Most texts write no scale word after a number word: a cheap test before the regex.
  if (!/(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ)/u.test(text)) return out;
  for (let m = nextWordNumber(text, 0); m; m = nextWordNumber(text, m.index + m[0].length)) {
    const start = m.index;
    let end = start + m[0].length;
    const scale = SCALES[m[5]!.toLowerCase()]! * (m[6] ? SCALES[m[6].toLowerCase()]! : 1);
    const value = wordValue(m) * scale;
    const currency = matchAfter(text, end, CURRENCY_AFTER, false);
    if (currency) {
      out.push(withPerUnit(text, start, currency.end, 'money', value, currency.value));
      continue;
    }
    const percent = matchAfter(text, end, PERCENT_WORDS, false);
    if (percent) {
      out.push(withPerUnit(text, start, percent.end, 'percent', value, percent.value));
      continue;
    }
    const noun = wordAfter(text, end);
    let unitWord = 'quantity';
    if (noun && !NOT_COUNTED_NOUN.has(noun.word)) {
      const next = wordAfter(text, noun.end);
      const pair = next ? `${noun.word} ${next.word}` : '';
      end = twoWordNouns.has(pair) ? next!.end : noun.end;
      unitWord = twoWordNouns.has(pair) ? pair : noun.word;
    }
    out.push(withPerUnit(text, start, end, 'quantity', value, unitWord));
  }
  return out;
}
