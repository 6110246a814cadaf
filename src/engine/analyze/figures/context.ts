/** Small helpers that read the words just before or after a position, on the same line. */

import { letterAt, wordCharAt } from './char-class';

/** A letter of a word, or the dot, apostrophe or hyphen inside one ("TP.", "O'Brien", "Covid-19"). */
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 46 || c === 39 || c === 0x2019 || c === 45 || letterAt(text, i);
}

const blankAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 0xa0;
};

/** Start of the word wordEndingAt found last (one call at a time: no pair allocated per word). */
let foundStart = 0;

/**
 * The word ending before `end` past spaces: its end, its start left in `foundStart`, or -1 when
 * none. Never crosses a line break; only spaces, tabs and no-break spaces lie between it and `end`.
 */
function wordEndingAt(text: string, end: number, floor: number): number {
  let e = end;
  while (e > floor && blankAt(text, e - 1)) e--;
  let s = e;
  while (s > floor && isWordCharAt(text, s - 1)) s--;
  while (s < e && !letterAt(text, s)) s++;
  foundStart = s;
  return s < e ? e : -1;
}

/**
 * The last one and two words before a number (lower-cased), stopping at line breaks and
 * punctuation. The second word is read when `two` or `twoStart` is first asked for: most numbers'
 * tests settle on `one` (see pairEnds).
 */
export class WordsBefore {
  readonly one: string;
  readonly oneStart: number;
  private pair: string | undefined;
  private pairStart: number;
  /** Neither word is read further back than 40 characters before the number. */
  private readonly floor: number;

  constructor(
    private readonly text: string,
    pos: number,
  ) {
    // Only spaces may separate the word from the number ("Điều 5", not "Điều, 5"): wordEndingAt
    // skips nothing else.
    this.floor = Math.max(0, pos - 40);
    const end1 = wordEndingAt(text, pos, this.floor);
    this.one = end1 < 0 ? '' : text.slice(foundStart, end1).toLowerCase();
    this.oneStart = end1 < 0 ? pos : foundStart;
    this.pair = end1 < 0 ? '' : undefined;
    this.pairStart = this.oneStart;
  }

  get two(): string {
    return this.pair ?? this.readPair();
  }

  get twoStart(): number {
    if (this.pair === undefined) this.readPair();
    return this.pairStart;
  }

  private readPair(): string {
    const end2 = wordEndingAt(this.text, this.oneStart, this.floor);
    this.pair = end2 < 0 ? '' : `${this.text.slice(foundStart, end2).toLowerCase()} ${this.one}`;
    if (end2 >= 0) this.pairStart = foundStart;
    return this.pair;
  }
}

export const wordsBefore = (text: string, pos: number): WordsBefore => new WordsBefore(text, pos);

/**
 * The last words of a lexicon's two-word entries: the pair before a number (`two`) is looked up
 * only when its last word (`one`) is one of them, and most numbers never read their pair.
 */
export function pairEnds(words: Iterable<string>): ReadonlySet<string> {
  const ends = new Set<string>();
  for (const w of words) {
    const parts = w.split(' ');
    if (parts.length === 2) ends.add(parts[1]!);
  }
  return ends;
}

type Entry<T> = { word: string; value: T; letterEnd: boolean };

/**
 * An entry list prepared once: the entries lower-cased (with whether each ends in a letter),
 * grouped by first letter in list order. Only the group of the letter after the number is tried:
 * an entry of another group cannot match there, and most numbers are followed by no group's letter.
 */
interface Prepared<T> {
  byFirst: Map<string, Array<Entry<T>>>;
  /** `byFirst` for ASCII, by code (upper case included): most numbers are followed by ASCII. */
  asciiFirst: Array<Array<Entry<T>> | undefined>;
}
const PREPARED = new WeakMap<object, Prepared<unknown>>();
function prepared<T>(entries: ReadonlyArray<readonly [string, T]>): Prepared<T> {
  let p = PREPARED.get(entries) as Prepared<T> | undefined;
  if (!p) {
    const byFirst = new Map<string, Array<Entry<T>>>();
    for (const [word, value] of entries) {
      const w = word.toLowerCase();
      const group = byFirst.get(w[0]!) ?? [];
      group.push({ word: w, value, letterEnd: /[\p{L}]$/u.test(w) });
      byFirst.set(w[0]!, group);
    }
    const asciiFirst: Array<Array<Entry<T>> | undefined> = [];
    for (let c = 0; c < 128; c++) asciiFirst.push(byFirst.get(String.fromCharCode(c).toLowerCase()));
    p = { byFirst, asciiFirst };
    PREPARED.set(entries, p);
  }
  return p;
}

/**
 * Matches one of `words` (case-insensitive, longest first) at `pos` after optional spaces;
 * returns the end offset and the matched entry.
 */
export function matchAfter<T>(
  text: string,
  pos: number,
  entries: ReadonlyArray<readonly [string, T]>,
  allowGlued = true,
): { end: number; value: T } | null {
  let p = pos;
  for (let c = text.charCodeAt(p); c === 32 || c === 0xa0; c = text.charCodeAt(p)) p++;
  if (p === pos && !allowGlued) return null;
  const list = prepared(entries);
  // The first letter's group, before slicing: most numbers are followed by none of the entries.
  const code = text.charCodeAt(p);
  const group = code < 128 ? list.asciiFirst[code] : list.byFirst.get(text[p]?.toLowerCase() ?? '');
  if (!group) return null;
  const ahead = text.slice(p, p + 24).toLowerCase();
  for (const { word: w, value, letterEnd } of group) {
    if (!ahead.startsWith(w)) continue;
    // Whole words only: "đ" must not match the start of "đồng" or "đã".
    if (letterEnd && wordCharAt(text, p + w.length)) continue;
    return { end: p + w.length, value };
  }
  return null;
}

// Square and cubic metres write their power as a digit: "70 m2", "5 km2", "300 m3".
const NEXT_WORD = /[ \u00a0]([\p{Ll}][\p{L}]*(?:(?<=m)[23](?![\p{L}\d]))?)/uy;

/** The lower-case word right after `pos` (one space between), with its end offset. */
export function wordAfter(text: string, pos: number): { word: string; end: number } | null {
  const c = text.charCodeAt(pos);
  if (c !== 32 && c !== 0xa0) return null;
  NEXT_WORD.lastIndex = pos;
  const m = NEXT_WORD.exec(text);
  return m ? { word: m[1]!, end: pos + m[0].length } : null;
}
