import { CURRENCY_AFTER, NOT_COUNTED_NOUN, PERCENT_WORDS, SCALE_WORDS } from '../lexicons/figure-words';
import { matchAfter, wordAfter } from './context';

// Numbers after an identifier that continue it.

// What joins numbers in a list of identifiers: "bến số 3, 4 và 5", "hotline 1900 1234".
const LIST_GAP = /^(?:,[ \u00a0]?|[ \u00a0]và[ \u00a0]|[ \u00a0])$/u;

const DIGIT_RUN = /\d+(?:[.,]\d+)*/uy;
const CAPITALISED_NEXT = /^[ \u00a0]\p{Lu}/u;

/**
 * Whether the number at `pos` measures something: a percent, a scale, a currency or a counted noun
 * after it ("Theo Đề án 06, 100% người dân ...", "Theo Chương trình 135, 500 xã ..."). After an
 * identifier and a comma such a number starts a clause; a listed identifier is bare ("khoản 1, 2
 * Điều 3") or names its place ("thôn 3, 4 xã Tân Phú").
 */
function measuredAfter(text: string, pos: number): boolean {
  DIGIT_RUN.lastIndex = pos;
  const digits = DIGIT_RUN.exec(text);
  if (!digits) return false;
  const end = pos + digits[0].replace(/[.,]$/u, '').length;
  if (
    matchAfter(text, end, PERCENT_WORDS) ||
    matchAfter(text, end, SCALE_WORDS) ||
    matchAfter(text, end, CURRENCY_AFTER)
  )
    return true;
  const noun = wordAfter(text, end);
  return (
    noun !== null &&
    !NOT_COUNTED_NOUN.has(noun.word) &&
    !CAPITALISED_NEXT.test(text.slice(noun.end, noun.end + 2))
  );
}

/** Whether the number at `s` is one more of the identifiers listed before it ("bến số 3, 4 và 5"). */
export function continuesIdentifierList(text: string, identifierEnd: number, s: number): boolean {
  return (
    LIST_GAP.test(text.slice(identifierEnd, s)) && !(text[identifierEnd] === ',' && measuredAfter(text, s))
  );
}
