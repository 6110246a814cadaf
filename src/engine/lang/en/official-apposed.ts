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

/**
 * True when the title whose head runs from word h to word headEnd is a company's: "senior vice
 * president", "president and chief executive", "president of Acme Inc." (the body after it ends
 * in a legal form).
 */
export function corporateTitle(words: Word[], lower: string[], h: number, headEnd: number): boolean {
  const head = lower.slice(h, headEnd + 1).join(' ');
  if (CORPORATE_GRADES.has(lower[h - 1] ?? '') && GRADED_HEADS.has(head)) return true;
  if (lower[headEnd + 1] === 'and' && CORPORATE_CO_TITLES.has(lower[headEnd + 2] ?? '')) return true;
  if (!ORG_LINKS.has(lower[headEnd + 1] ?? '')) return false;
  let k = lower[headEnd + 2] === 'the' ? headEnd + 3 : headEnd + 2;
  for (; k < words.length && words[k]!.cap && k - headEnd < 9; k++) {
    if (COMPANY_SUFFIXES.has(lower[k]!) && k > headEnd + 2) return true;
    if (k > headEnd + 2 && words[k]!.gap !== ' ') break;
  }
  return false;
}

/**
 * True when the title from word `start` (head at word h) is in apposition to the name before it,
 * so the capitalised words after it are not another person's name: "Dan Ruel, vice president of
 * the Trade Partnership" (a title after a name is written lower case; `portfolio`: it has an "of" body), "Ann Reid MP, Tom Hart and ..."
 * (a member's letters after her name).
 */
export function apposedToName(
  words: Word[],
  lower: string[],
  start: number,
  h: number,
  commaAfter: boolean,
  portfolio: boolean,
): boolean {
  let s = start;
  if (lower[s - 1] === 'the' || lower[s - 1] === 'a') s--;
  // Only a title with its own "of ..." body runs into capitalised words ("In Washington, press
  // secretary Josh Earnest" still names him).
  if (portfolio && !words[h]!.cap && commaBefore(words, s) && words[s - 1]?.cap) return true;
  return (
    commaAfter &&
    EN_POST_NAME_TITLES.has(lower[h]!) &&
    words[h - 1]?.cap === true &&
    !EN_TITLE_WORDS.has(lower[h - 1]!)
  );
}
