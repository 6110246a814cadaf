import {
  VI_DATE_NAMED_CAPITALISED,
  VI_DATE_NAMED_PLACES,
  VI_DOCUMENT_LABELS,
  VI_LABEL_PREDICATES,
  VI_SERIES_NOUNS,
} from '../../lang/vi/series-labels';
import {
  CURRENCY_AFTER,
  DOCUMENT_NOUNS,
  GRADE_NOUN,
  IDENTIFIER_BEFORE,
  MAX_GRADE,
  MEASURE_AFTER_LABEL,
  NOT_COUNTED_NOUN,
  PERCENT_WORDS,
  SCALE_WORDS,
} from '../lexicons/figure-words';
import { matchAfter, pairEnds, wordAfter, type wordsBefore } from './context';
import type { Core } from './core';
import { craftNumber, streetNumber } from './labels';

// Numbers made identifiers by the words before them: "Điều 5", "phòng 302", "tàu KN 390".

/**
 * The second words of the two-word identifier nouns: the pair before a number ("quyết định 281")
 * is looked up only when its last word is one of these, not built and hashed for every number.
 */
const IDENTIFIER_PAIR_ENDS: ReadonlySet<string> = new Set(
  [...DOCUMENT_NOUNS, ...IDENTIFIER_BEFORE].flatMap((w) => {
    const parts = w.split(' ');
    return parts.length === 2 ? [parts[1]!] : [];
  }),
);

const SERIES_PAIR_ENDS = pairEnds(VI_SERIES_NOUNS);
const DOCUMENT_LABEL_ENDS = pairEnds(VI_DOCUMENT_LABELS);

/** Document nouns mark an identifier only when written as a name ("Quyết định 281", not "quyết định 2 kế hoạch"). */
function isIdentifierWord(text: string, start: number, word: string): boolean {
  if (DOCUMENT_NOUNS.has(word)) return /\p{Lu}/u.test(text[start] ?? '');
  return IDENTIFIER_BEFORE.has(word);
}

/** A unit, scale, currency or percent after a labelled noun's number: "căn hộ 70 m2", "khoản 10 tỷ". */
function measuresLabel(text: string, end: number): boolean {
  return (
    matchAfter(text, end, MEASURE_AFTER_LABEL) !== null ||
    matchAfter(text, end, SCALE_WORDS) !== null ||
    matchAfter(text, end, CURRENCY_AFTER) !== null ||
    matchAfter(text, end, PERCENT_WORDS) !== null
  );
}

/**
 * Whether the number at `pos` (its core ending at `end`) labels what the words before it name:
 * an article, a document, a room, a grade, a committee, a house on a street, a craft.
 */
export function labelledByWordsBefore(
  text: string,
  pos: number,
  end: number,
  before: ReturnType<typeof wordsBefore>,
  core: Core,
): boolean {
  const isOrdinalContext =
    (isIdentifierWord(text, before.oneStart, before.one) ||
      (IDENTIFIER_PAIR_ENDS.has(before.one) && isIdentifierWord(text, before.twoStart, before.two)) ||
      (before.one === GRADE_NOUN && core.type === 'number' && Number(core.digits) <= MAX_GRADE)) &&
    !measuresLabel(text, end);
  // "tổng số 5", "tỷ số 2-1" (a score): amounts, not numbers of an item.
  const countedAfterSo = before.one === 'số' && /^(?:tổng|con|với|tỷ|tỉ)\s/u.test(before.two);
  if (isOrdinalContext && !countedAfterSo) return true;
  // Committees named by number: "Ban Chỉ đạo 389" ("chỉ đạo 3 đơn vị" is the verb).
  if (
    before.one === 'đạo' &&
    before.two === 'chỉ đạo' &&
    /ban[ \u00a0]$/iu.test(text.slice(before.twoStart - 4, before.twoStart))
  )
    return true;
  return (
    streetNumber(text, pos, before.one) ||
    (craftNumber(text, pos) && !measuresLabel(text, end)) ||
    seriesLabel(text, end, before, core) ||
    dateNamedPlace(text, before, core)
  );
}

/** "Công viên 23/9", "Trường 19/5": a day and month that name a place or an institution. */
function dateNamedPlace(text: string, before: ReturnType<typeof wordsBefore>, core: Core): boolean {
  if (core.type !== 'date' || core.year || !core.day) return false;
  if (VI_DATE_NAMED_PLACES.has(before.one) || VI_DATE_NAMED_PLACES.has(before.two)) return true;
  const capital = (at: number) => /\p{Lu}/u.test(text[at] ?? '');
  return (
    (VI_DATE_NAMED_CAPITALISED.has(before.one) && capital(before.oneStart)) ||
    (VI_DATE_NAMED_CAPITALISED.has(before.two) && capital(before.twoStart))
  );
}

// What may close a series label: punctuation, a bracket or the end of the text.
const LABEL_CLOSE = /^[ \u00a0]*(?:[,.;:)!?\n]|$)/u;

/** "Đợt 2 diễn ra", "giai đoạn 1, ...": a small whole number after a series noun, not counting what follows. */
function seriesLabel(text: string, end: number, before: ReturnType<typeof wordsBefore>, core: Core): boolean {
  if (core.type !== 'number') return false;
  // A number core's digits are digit groups joined by single separators: two characters or fewer
  // hold no separator. The lexicon lookups go before the regexes.
  const series =
    core.digits.length <= 2 &&
    (VI_SERIES_NOUNS.has(before.one) ||
      (SERIES_PAIR_ENDS.has(before.one) && VI_SERIES_NOUNS.has(before.two)));
  const document =
    DOCUMENT_LABEL_ENDS.has(before.one) &&
    VI_DOCUMENT_LABELS.has(before.two) &&
    /^\d{1,5}$/u.test(core.digits) &&
    !/^(?:19|20)\d{2}$/u.test(core.digits);
  if (!series && !document) return false;
  if (LABEL_CLOSE.test(text.slice(end, end + 4))) return true;
  const next = wordAfter(text, end);
  return next !== null && (VI_LABEL_PREDICATES.has(next.word) || NOT_COUNTED_NOUN.has(next.word));
}
