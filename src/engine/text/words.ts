import { foldToneMarks } from './normalize';
import { HAS_DIGIT, wordFlags, wordFlagsAt } from './word-flags';

/**
 * The article text as words with offsets: the officials analyzer walks these, not characters.
 * One object per word, measured against the alternatives (perf13): keeping a second copy of every
 * Word alive through each page's analysis cost +1 to +7 ms of ~125 ms per bench pass, so a struct
 * of arrays would save at most that (under 5%) for ~95 readers changed; one shared string per
 * distinct word, found by a hash of the text's codes, made the tokenizer 32% slower than slicing.
 * Where the tokenizer's ~26 ms per bench pass goes (perf18, variants timed in one process): the
 * lower-cased word strings ~6.5 ms, the Word objects ~4 ms, pushing to a second array of the lower
 * strings ~3.5 ms (filling it afterwards by one map saved ~0.5 ms: the array itself cost, not its
 * growth). That array is gone (perf19): the officials analyzers read `words[i].lower` instead, and
 * tokenize B/A 0.89, analyze B/A 0.97 (three runs; the extra load per read costs less). A class
 * of five fields (cap, brk and lex packed in one number behind getters) instead of this literal
 * of seven gave analyze B/A 0.97-1.02 over ten A/B runs (median ~0.99) for +4% tokenizer
 * instructions: dropped (perf18). Also measured and dropped (perf19, bundled profile by line): the
 * profile charges each walk over the words that reads a field first (or hashes a word's `lower`
 * first) with a cost that moved to the next walk when that one was merged or gated: a single
 * flag-tested walk for company suffixes and legislator words, and a first/last-letter prefilter
 * before the name walk's set probes (to spare the hashing), gave analyze B/A ~1.01 and ~1.02.
 */
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
  /** Lexicon membership bits (see word-flags). */
  lex: number;
}

const UPPER = /^\p{Lu}/u;

/**
 * The tokenizer's Word, made by a constructor rather than an object literal. V8 tracks an object
 * literal's allocation site and, seeing most of one page's words survive a scavenge, may decide to
 * allocate every later Word in the old space: a process then ran slowly from start to end (3 bench
 * runs in 13: best 16-19 MB/s instead of ~22, three times the full collections; none with
 * --no-allocation-site-pretenuring). A constructor's objects have no such site: 0 slow runs in 13
 * alternated with those, the same speed otherwise (perf19).
 */
class WordRecord implements Word {
  constructor(
    public start: number,
    public end: number,
    public lower: string,
    public cap: boolean,
    public gap: string,
    public brk: boolean,
    public lex: number,
  ) {}
}

/** Words whose trailing dot is part of the word ("TP.", "Sen.", "Mr.", initials). */
export const DOTTED: ReadonlySet<string> = new Set([
  'tp',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'sens',
  'rep',
  'reps',
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

/** WORD_TABLE bits: a word character; one that lower-casing changes; one tone folding may move. */
const WORD = 1;
const CASED = 2;
const TONED = 4;
const DIGIT = 8;
// The vowels whose tone folding moves onto the vowel before (normalize's OLD_PLACEMENT), lower-cased.
const FOLDED_VOWELS = 'áàảãạéèẻẽẹýỳỷỹỵ';

// Word characters below U+2000 (Latin, Vietnamese, Greek, Cyrillic, combining marks) as one table,
// so the per-character test is one array read; beyond it a regex decides.
const WORD_TABLE = (() => {
  const table = new Uint8Array(0x2000);
  for (let c = 0; c < 0x2000; c++) {
    const ch = String.fromCharCode(c);
    if (!LETTER_OR_DIGIT.test(ch)) continue;
    const lower = ch.toLowerCase();
    table[c] =
      WORD |
      (lower !== ch ? CASED : 0) |
      (FOLDED_VOWELS.includes(lower) ? TONED : 0) |
      (c >= 48 && c <= 57 ? DIGIT : 0);
  }
  return table;
})();

// Codes from U+2C00 as the regex classed them (0: not yet asked, 1: no, 2: a word character): a
// page in Chinese characters asked the regex once per character, ~7k times a bench pass (perf19).
// One code unit decides alone: a surrogate by itself is no letter.
const HIGH_CODES = new Uint8Array(0x10000);

/** Letters, digits and combining marks. */
function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 0x2000) return WORD_TABLE[c] !== 0;
  if (c <= 0x2bff) return false;
  let known = HIGH_CODES[c];
  // Past the text's end (c is NaN) the regex is asked as before (of "undefined": true).
  if (known === undefined) return LETTER_OR_DIGIT.test(text[i]!);
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(text[i]!) ? 2 : 1;
    HIGH_CODES[c] = known;
  }
  return known === 2;
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

/** Splits the text into words with one pass over its characters. */
export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  // Lower-case and fold the whole text once; per-word folding would cost a regex per word.
  // Folding only texts that have a toned vowel saved nothing measurable (A/B +0.3%), and slicing
  // words from the lower-cased text before any regex had passed over it was seen to copy the whole
  // text per word in V8 once the function was optimised (minutes on a 100 kB page). Lower-casing
  // in 32k pieces cut after spaces was tried too: V8 lowers a two-byte string past ~64k characters
  // ~9x slower per character (1.4 ms vs 0.16 ms on a 118k page, alone), yet amid the analyzers
  // the page and the bench showed no gain (the pieces' young copies cost what it saved): dropped.
  //
  // Now each word is lower-cased by itself, and only when the scan saw a character lower-casing
  // changes (most words have none), and folded only when it saw a vowel folding may move: the
  // whole text's toLowerCase and fold regex were 4.4% of the analyzers' CPU profile, and their
  // two text-sized strings per page are gone (net: -1.6% instructions per pass). Lower-casing is per
  // character but for two letters: a capital sigma's lower case depends on the letters around it,
  // and "İ" lower-cases to two characters (which moves every offset after it). A text with
  // either is read the earlier way, the whole text lower-cased at once.
  const whole = text.includes('\u03a3') || text.includes('\u0130');
  const lowered = whole ? text.toLowerCase() : text;
  const folded = whole ? foldToneMarks(lowered) : text;
  // Capitals are read against the lower-cased text, not the folded one: folding moves a tone
  // mark onto the first letter ("uỷ" -> "ủy"), which is no capital.
  const aligned = lowered.length === text.length;
  const n = text.length;
  const table = WORD_TABLE;
  let last = 0;
  let i = 0;
  let prev: Word | undefined;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 < 0x2000 ? table[c0] === 0 : !isWordCode(c0, text, i)) {
      i++;
      continue;
    }
    const start = i;
    // What lower-casing and folding may change in the word (beyond U+2000: assume lower-casing).
    const first = c0 < 0x2000 ? table[c0]! : CASED;
    let bits = 0;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      const t = c < 0x2000 ? table[c]! : isWordCode(c, text, i) ? CASED : 0;
      if (t !== 0) {
        bits |= t;
        i++;
      } else if (c !== 32 && isJoiner(text, i)) {
        const after = text.charCodeAt(i + 1);
        bits |= after < 0x2000 ? table[after]! : CASED;
        i += 2;
      } else break;
    }
    let lower: string;
    // The word's lower-cased first code when the rest of it is the text's codes unchanged (-1 when
    // not): its lexicon flags are then read from the text, not from the new string.
    let lowFirst = -1;
    if (whole) lower = aligned ? folded.slice(start, i) : foldToneMarks(text.slice(start, i).toLowerCase());
    else {
      // A capital only at the start, the commonest case, is lowered by code ("The" -> "the").
      if (((bits | first) & CASED) === 0) {
        lower = text.slice(start, i);
        lowFirst = c0;
      } else if ((bits & CASED) === 0 && c0 >= 65 && c0 <= 90) {
        lower = String.fromCharCode(c0 + 32) + text.slice(start + 1, i);
        lowFirst = c0 + 32;
      } else lower = text.slice(start, i).toLowerCase();
      if (((bits | first) & TONED) !== 0) {
        lower = foldWord(text, lower, start, i);
        lowFirst = -1;
      }
    }
    const lex =
      (lowFirst < 0 ? wordFlags(lower) : wordFlagsAt(lower, text, start, i, lowFirst)) |
      ((bits | first) & DIGIT ? HAS_DIGIT : 0);
    // The usual gaps are shared strings whose kind is known: no copy and no gap-kind lookup.
    let gap: string;
    let brk = false;
    const g = text.charCodeAt(last);
    if (start - last === 1 && (g === 32 || g === 45 || g === 0x2019 || g === 39))
      gap = g === 32 ? ' ' : g === 45 ? '-' : g === 39 ? "'" : '’';
    else if (start - last === 1 && g === 46) {
      gap = '.';
      brk = dotBreaks(prev);
    } else if (start - last === 2 && text.charCodeAt(last + 1) === 32 && (g === 44 || g === 46)) {
      gap = g === 44 ? ', ' : '. ';
      brk = g === 44 || dotBreaks(prev);
    } else {
      gap = text.slice(last, start);
      const kind = hasBreakChar(text, last, start) ? GAP_BREAKS : gapKind(gap);
      brk = kind === GAP_AFTER_DOT ? dotBreaks(prev) : kind === GAP_BREAKS;
    }
    prev = new WordRecord(
      start,
      i,
      lower,
      whole
        ? aligned
          ? text.charCodeAt(start) !== lowered.charCodeAt(start)
          : UPPER.test(text.slice(start, i))
        : c0 < 0x2000
          ? (table[c0]! & CASED) !== 0
          : text[start]!.toLowerCase() !== text[start],
      gap,
      brk,
      lex,
    );
    words.push(prev);
    last = i;
  }
  return words;
}

/**
 * Tone folding of one lower-cased word, as folding the whole text would give it: the fold moves a
 * tone only before a non-letter, and the character after the word may be a letter the tokenizer
 * does not count as a word character (beyond U+2000): then the fold reads it too.
 */
function foldWord(text: string, lower: string, start: number, end: number): string {
  // Most toned words have no "o" or "u" right before the toned vowel, and the fold leaves them as
  // they are: found by code, they skip its regex replace. No pair straddles the word's end: the
  // character after it, read below only when it is beyond U+2000, is no toned vowel.
  if (!hasFoldPair(lower)) return lower;
  if (text.charCodeAt(end) < 0x2000 || end >= text.length) return foldToneMarks(lower);
  return foldToneMarks(text.slice(start, end + 2).toLowerCase()).slice(0, end - start);
}

/** Codes of the lower-case toned vowels that folding moves onto an "o" or "u" before them. */
const FOLD_SECOND = new Set([...FOLDED_VOWELS].map((v) => v.charCodeAt(0)));

/** An "o" or "u" followed by a toned vowel: the only pairs foldToneMarks changes (lower case). */
function hasFoldPair(lower: string): boolean {
  for (let p = 1; p < lower.length; p++) {
    const c = lower.charCodeAt(p - 1);
    if ((c === 111 || c === 117) && FOLD_SECOND.has(lower.charCodeAt(p))) return true;
  }
  return false;
}

/** True when the gap before word i breaks a phrase (punctuation other than an abbreviation's dot). */
export function breaksBefore(words: Word[], i: number): boolean {
  return words[i]?.brk ?? true;
}

/** A full stop before a word breaks unless it closes an abbreviation or an initial ("Sen.", "J."). */
function dotBreaks(prev: Word | undefined): boolean {
  if (!prev) return true;
  const single = prev.end - prev.start === 1 && prev.cap;
  return !(single || DOTTED.has(prev.lower));
}

const GAP_JOINS = 0;
const GAP_BREAKS = 1;
const GAP_AFTER_DOT = 2;
// Articles repeat a few dozen gaps (", ", ". ", "’"): each is classified by regex once.
const GAP_KINDS = new Map<string, number>();

function gapKind(gap: string): number {
  let kind = GAP_KINDS.get(gap);
  if (kind === undefined) {
    kind = classifyGap(gap);
    if (GAP_KINDS.size < 1024) GAP_KINDS.set(gap, kind);
  }
  return kind;
}

// The characters that make any gap a break (classifyGap's second test), read from the text by
// code so the commonest rarer gaps (".\n\n", " (", ": ") skip the slice's hashing and Map probe.
const BREAK_ASCII = new Uint8Array(128);
for (const c of '\n,;:()"[]!?') BREAK_ASCII[c.charCodeAt(0)] = 1;

function hasBreakChar(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (
      c < 128
        ? BREAK_ASCII[c] === 1
        : c === 0x201c || c === 0x201d || c === 0x2026 || c === 0x2013 || c === 0x2014
    )
      return true;
  }
  return false;
}

function classifyGap(gap: string): number {
  if (gap === ' ' || gap === '\u00a0') return GAP_JOINS;
  if (/[\n,;:()"“”[\]!?…–—]/u.test(gap)) return GAP_BREAKS;
  if (gap.startsWith('.')) return /\.\s*$/u.test(gap.slice(1)) ? GAP_BREAKS : GAP_AFTER_DOT;
  return /[^\s'’]/u.test(gap.replace(/-/gu, '')) ? GAP_BREAKS : GAP_JOINS;
}

/** True when the gap before word i is exactly ", " (a list or apposition comma). */
export function commaBefore(words: Word[], i: number): boolean {
  return isCommaGap(words[i]?.gap ?? '');
}

const COMMA_GAP = /^\s*,\s*$/u;

/**
 * A gap of one comma and white space (", ", " ,\n"). The regex runs only for a gap holding a
 * comma: the officials walks asked it ~5k times a bench pass, mostly of gaps with none (perf19).
 */
export function isCommaGap(gap: string): boolean {
  return gap === ', ' || (gap !== ' ' && gap.includes(',') && COMMA_GAP.test(gap));
}
