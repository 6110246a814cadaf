import { foldToneMarks } from '../../text/normalize';

/** The article text as words with offsets: the officials analyzer walks these, not characters. */
export interface Word {
  start: number;
  end: number;
  /** Lower-cased text. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** The text between the previous word and this one ("", " ", ", ", ". "). */
  gap: string;
  /** The gap breaks a phrase (see breaksBefore); computed once. */
  brk: boolean;
}

const UPPER = /^\p{Lu}/u;

/** Words whose trailing dot is part of the word ("TP.", "Sen.", "Mr.", initials). */
export const DOTTED: ReadonlySet<string> = new Set([
  'tp',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'brig',
  'adm',
  'st',
  'jr',
  'sr',
  'prof',
  'pres',
  'amb',
  'atty',
  'sgt',
  'capt',
  'cmdr',
  'u',
  's',
  'ts',
  'ths',
  'gs',
  'pgs',
]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

// Word characters below U+2000 (Latin, Vietnamese, Greek, Cyrillic, combining marks) as one table,
// so the per-character test is one array read; beyond it a regex decides.
const WORD_TABLE = (() => {
  const table = new Uint8Array(0x2000);
  for (let c = 0; c < 0x2000; c++) table[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

/** Letters, digits and combining marks. */
function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 0x2000) return WORD_TABLE[c] === 1;
  if (c <= 0x2bff) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

// Apostrophes and hyphens join words ("O'Brien", "Dong-hoon") but a possessive "'s" stays outside ("Obama's").
function isJoiner(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 39 && c !== 0x2019 && c !== 45 && c !== 38) return false;
  const next = text.charCodeAt(i + 1);
  if (!isWordCode(next, text, i + 1)) return false;
  if ((c === 39 || c === 0x2019) && (next === 115 || next === 83))
    return isWordCode(text.charCodeAt(i + 2), text, i + 2);
  return true;
}

/** The text between two words; the usual single space is one shared string. */
function gapText(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 32) return ' ';
  return text.slice(from, to);
}

/** Splits the text into words with one pass over its characters; `lowerOut` receives each word's folded form. */
export function tokenize(text: string, lowerOut?: string[]): Word[] {
  const words: Word[] = [];
  // Lower-case and fold the whole text once; per-word folding would cost a regex per word.
  const folded = foldToneMarks(text.toLowerCase());
  const aligned = folded.length === text.length;
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      if (isWordCode(text.charCodeAt(i), text, i)) i++;
      else if (isJoiner(text, i)) i += 2;
      else break;
    }
    const gap = gapText(text, last, start);
    const raw = aligned ? '' : text.slice(start, i);
    const lower = aligned ? folded.slice(start, i) : foldToneMarks(raw.toLowerCase());
    lowerOut?.push(lower);
    words.push({
      start,
      end: i,
      lower,
      cap: aligned ? text.charCodeAt(start) !== folded.charCodeAt(start) : UPPER.test(raw),
      gap,
      brk: gap === ' ' ? false : !words.length,
    });
    if (gap !== ' ') words[words.length - 1]!.brk = computeBreak(words, words.length - 1);
    last = i;
  }
  return words;
}

/** True when the gap before word i breaks a phrase (punctuation other than an abbreviation's dot). */
export function breaksBefore(words: Word[], i: number): boolean {
  return words[i]?.brk ?? true;
}

function computeBreak(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w) return true;
  const gap = w.gap;
  if (gap === ' ' || gap === '\u00a0') return false;
  if (/[\n,;:()"“”[\]!?…–—]/u.test(gap)) return true;
  if (gap.startsWith('.')) {
    const prev = words[i - 1];
    if (!prev) return true;
    const single = prev.end - prev.start === 1 && prev.cap;
    return !(single || DOTTED.has(prev.lower)) || /\.\s*$/u.test(gap.slice(1));
  }
  return /[^\s'’]/u.test(gap.replace(/-/gu, ''));
}

/** True when the gap before word i is exactly ", " (a list or apposition comma). */
export function commaBefore(words: Word[], i: number): boolean {
  const gap = words[i]?.gap ?? '';
  if (gap === ' ') return false;
  return gap === ', ' || /^\s*,\s*$/u.test(gap);
}
