import { commaBefore, type Word } from '../../text/words';
import { EN_POST_NAME_TITLES, EN_TITLE_WORDS } from './titles';

// Co-titles and grades that only a company gives: "president and chief executive", "senior vice
// president", "executive chairman". A public office is not written with them.
const CORPORATE_GRADES = new Set(['senior', 'executive']);
const GRADED_HEADS = new Set(['vice president', 'vice-president', 'chairman', 'chairwoman']);
const CORPORATE_CO_TITLES = new Set(['chief', 'ceo', 'founder', 'co-founder', 'managing', 'coo', 'cfo']);

// "Acme Corp." / "Acme Inc": a legal-form suffix marks the word before it as a company's name.
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc',
  'corp',
  'corporation',
  'ltd',
  'llc',
  'plc',
  'gmbh',
]);
const ORG_LINKS = new Set(['of', 'for', 'at']);
// A company's own name ("Dana Besecker Company", "Acme Partners"): the last word of the body.
const COMPANY_NAME_ENDS = new Set(['company', 'partners', 'partnership', 'holdings', 'llp']);
// What an apposition after the body calls it: "the Trade Partnership, a consulting firm,". A public
// body is never described so (an "agency" or a "group" may be public, so they are not here).
const COMPANY_NOUNS = new Set([
  'firm',
  'company',
  'startup',
  'start-up',
  'consultancy',
  'retailer',
  'manufacturer',
  'maker',
  'lender',
  'insurer',
  'carrier',
  'airline',
  'chain',
  'conglomerate',
  'nonprofit',
  'non-profit',
  'charity',
  'publisher',
  'developer',
  'distributor',
]);
const VICE_PRESIDENT = new Set(['vice president', 'vice-president']);

/** ", a trade-focused consulting firm": an apposition at word k that calls the body a company. */
function companyApposition(words: Word[], k: number): boolean {
  if (!commaBefore(words, k) || (words[k]?.lower !== 'a' && words[k]?.lower !== 'an')) return false;
  for (let j = k + 1; j < words.length && j <= k + 8; j++) {
    if (COMPANY_NOUNS.has(words[j]!.lower)) return true;
    if (words[j]!.gap !== ' ' && !/^\s*-\s*$/u.test(words[j]!.gap)) return false;
  }
  return false;
}

/**
 * True when the title whose head runs from word h to word headEnd is a company's: "senior vice
 * president", "president and chief executive", "president of Acme Inc." (the body after it ends
 * in a legal form).
 */
export function corporateTitle(words: Word[], h: number, headEnd: number): boolean {
  let head = words[h]!.lower;
  for (let k = h + 1; k <= headEnd; k++) head += ` ${words[k]!.lower}`;
  if (CORPORATE_GRADES.has(words[h - 1]?.lower ?? '') && GRADED_HEADS.has(head)) return true;
  if (words[headEnd + 1]?.lower === 'and' && CORPORATE_CO_TITLES.has(words[headEnd + 2]?.lower ?? ''))
    return true;
  if (!ORG_LINKS.has(words[headEnd + 1]?.lower ?? '')) return false;
  // "vice president of business development at ...": a company's portfolio, written lower case (a
  // state's vice president is "of" a country).
  if (VICE_PRESIDENT.has(head) && !words[h]!.cap && words[headEnd + 1]?.lower === 'of') {
    const next = words[headEnd + 2];
    if (next && !next.cap && words[headEnd + 2]?.lower !== 'the') return true;
  }
  let k = words[headEnd + 2]?.lower === 'the' ? headEnd + 3 : headEnd + 2;
  for (; k < words.length && words[k]!.cap && k - headEnd < 9; k++) {
    if ((COMPANY_SUFFIXES.has(words[k]!.lower) || COMPANY_NAME_ENDS.has(words[k]!.lower)) && k > headEnd + 2)
      return true;
    // An initial's dot goes on with the name ("Dana F. Besecker Company").
    const initial = words[k - 1]!.lower.length === 1 && words[k]!.gap === '. ';
    if (k > headEnd + 2 && words[k]!.gap !== ' ' && !initial) break;
  }
  return companyApposition(words, k);
}

/**
 * True when the title from word `start` (head at word h) is in apposition to the name before it,
 * so the capitalised words after it are not another person's name: "Dan Ruel, vice president of
 * the Trade Partnership" (a title after a name is written lower case; `portfolio`: it has an "of" body), "Ann Reid MP, Tom Hart and ..."
 * (a member's letters after her name).
 */
export function apposedToName(
  words: Word[],
  start: number,
  h: number,
  commaAfter: boolean,
  portfolio: boolean,
): boolean {
  let s = start;
  if (words[s - 1]?.lower === 'the' || words[s - 1]?.lower === 'a') s--;
  // Only a title with its own "of ..." body runs into capitalised words ("In Washington, press
  // secretary Josh Earnest" still names him).
  if (portfolio && !words[h]!.cap && commaBefore(words, s) && words[s - 1]?.cap) return true;
  return (
    commaAfter &&
    EN_POST_NAME_TITLES.has(words[h]!.lower) &&
    words[h - 1]?.cap === true &&
    !EN_TITLE_WORDS.has(words[h - 1]!.lower)
  );
}
