import { lazyRegExp } from './lazy-regexp';

/** Runs of what is neither a letter nor a digit. */
const NOT_WORD_CHARS = lazyRegExp(String.raw`[^\p{L}\p{N}]+`, 'gu');
/** The expressions foldText runs, for compileSteps. */
export const FOLD_REGEXPS = [NOT_WORD_CHARS];

/** Loose text equality for titles and headings: case, punctuation and white space do not count. */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(NOT_WORD_CHARS(), ' ').trim();
}

/** Same text, or one holds the other and they are of near length (a heading that is the title). */
export function sameText(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length / long.length >= 0.75;
}
