import { commaBefore, type Word } from '../../text/words';
import { EN_POST_NAME_TITLES, EN_TITLE_WORDS } from './titles';

// Co-titles and grades that only a company gives: "president and chief executive", "senior vice
// president", "executive chairman". A public office is not written with them.
const CORPORATE_GRADES = new Set(['senior', 'executive']);
const GRADED_HEADS = new Set(['vice president', 'vice-president', 'chairman', 'chairwoman']);
const CORPORATE_CO_TITLES = new Set(['chief', 'ceo', 'founder', 'co-founder', 'managing', 'coo', 'cfo']);

/** True when the title whose head runs from word h to word headEnd is a company's ("senior vice president"). */
export function corporateTitle(lower: string[], h: number, headEnd: number): boolean {
  const head = lower.slice(h, headEnd + 1).join(' ');
  if (CORPORATE_GRADES.has(lower[h - 1] ?? '') && GRADED_HEADS.has(head)) return true;
  return lower[headEnd + 1] === 'and' && CORPORATE_CO_TITLES.has(lower[headEnd + 2] ?? '');
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
