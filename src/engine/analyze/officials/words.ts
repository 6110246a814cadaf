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

// Apostrophes join words ("O'Brien") but a possessive "'s" stays outside the name ("Obama's").
const WORD = /[\p{L}\p{N}]+(?:(?:['’](?![sS](?![\p{L}]))|[&-])[\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;

/** Words whose trailing dot is part of the word ("TP.", "Sen.", "Mr.", initials). */
const DOTTED = new Set([
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

export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  let last = 0;
  // Lower-case and fold the whole text once; per-word folding would cost a regex per word.
  const folded = foldToneMarks(text.toLowerCase());
  const aligned = folded.length === text.length;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    // Most gaps are one space: share the constant instead of slicing a new string.
    const gap = m.index === last + 1 && text.charCodeAt(last) === 32 ? ' ' : text.slice(last, m.index);
    words.push({
      start: m.index,
      end: m.index + raw.length,
      lower: aligned ? folded.slice(m.index, m.index + raw.length) : foldToneMarks(raw.toLowerCase()),
      cap: aligned ? text[m.index] !== folded[m.index] : UPPER.test(raw),
      gap,
      brk: gap === ' ' ? false : !words.length,
    });
    const i = words.length - 1;
    if (gap !== ' ') words[i]!.brk = computeBreak(words, i);
    last = m.index + raw.length;
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
  return /^\s*,\s*$/u.test(gap);
}
