import type { BlockKind, TextBlock } from '../types';

/** One sentence of the article text: [start, end) with the block it belongs to. */
export interface Sentence {
  start: number;
  end: number;
  block: number;
  kind: BlockKind;
  /** True for the first sentence of its block. */
  blockStart: boolean;
}

// Words whose trailing dot is not a full stop (titles, initials, month abbreviations, "TP." = thành phố).
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col maj brig adm sgt capt cmdr st jr sr vs etc no nos fig ' +
    'jan feb mar apr aug sep sept oct nov dec u.s u.k u.n a.m p.m inc corp co ltd dept amb pres atty ' +
    'tp tt ts ths gs pgs ks bs th.s'
  ).split(' '),
);

// A terminal run: . ! ? … (possibly repeated, possibly "./.") followed by closing quotes/brackets.
const TERMINAL = /(?:\.\/\.|[.!?…]+)["'”’»)\]]*/gu;
const UPPER_START = /^[\s"'“‘«([-–—]*[\p{Lu}\d]/u;
// A list item's number or letter before its dot ("1. Các bộ ...", "b. Tăng cường ...", "II. ..."):
// the dot marks the item, so the number stays with the item's text.
const ITEM_NUMBER = /^\s*(?:\d{1,2}|[a-zđ]|[IVXL]{1,4})$/u;

// Character tests used per character: one regex object each, not a literal evaluated per call.
const LETTER_OR_DOT = /[\p{L}.]/u;
const CAPITAL = /\p{Lu}/u;
const SPACE = /\s/u;
const DIGIT = /\d/u;

/** `[\p{L}.]` for the code unit at i; ASCII by code, the rest by the regex. */
function letterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DOT.test(text[i]!);
}

/** `\s` for the code unit at i; ASCII by code, the rest by the regex. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
}

const isAsciiCapitalOrDigit = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** UPPER_START on the four characters at `at`; the usual ". The" and glued ".The" answered by code. */
function upperStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (isAsciiCapitalOrDigit(c) || (c === 32 && isAsciiCapitalOrDigit(text.charCodeAt(at + 1)))) return true;
  return UPPER_START.test(text.slice(at, at + 4));
}

/** The terminal run last found in this text, from where its scan started, and where it left off. */
interface Ahead {
  from: number;
  match: RegExpExecArray | null;
  lastIndex: number;
}

/**
 * The next terminal run at or after `from`. The last one found is kept: a block without one (a
 * heading) would otherwise scan ahead to the same run again for every block until it.
 */
function terminalFrom(text: string, from: number, ahead: Ahead): RegExpExecArray | null {
  if (ahead.from >= 0 && ahead.from <= from && (!ahead.match || ahead.match.index >= from)) {
    TERMINAL.lastIndex = ahead.lastIndex;
    return ahead.match;
  }
  TERMINAL.lastIndex = from;
  ahead.from = from;
  ahead.match = TERMINAL.exec(text);
  ahead.lastIndex = TERMINAL.lastIndex;
  return ahead.match;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && letterOrDot(text, i)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  // A single capital letter before the dot is an initial ("Donald J. Trump").
  if (word.length === 1 && CAPITAL.test(text[dot - 1]!)) return true;
  return ABBREVIATIONS.has(word) || initials(text, i + 1, dot);
}

// "M.K. Stalin", "Justice D.Y. Chandrachud": capitals each with a dot are a person's initials, unless
// a place ("Washington, D.C.") or a word that opens a sentence ("... U.A.E. The ministry") follows.
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const ACRONYM_GOES_ON = /^\p{Lu}\.$/u;
const NOT_INITIALS = /^(?:d\.c|u\.a\.e|u\.s\.a|p\.r\.c)$/u;
const NAME_AFTER =
  /^\s+(?!(?:The|A|An|In|On|At|It|He|She|They|We|I|This|That|These|Those|But|And|Or|So|As|If|For|Its|His|Her|Their|Our|There|Mr|Mrs|Ms|Dr)\b)\p{Lu}\p{Ll}/u;

function initials(text: string, from: number, dot: number): boolean {
  // "M.K": a capital, a dot, ... : most words before a full stop have no dot as their second character.
  if (dot - from < 3 || text.charCodeAt(from + 1) !== 46) return false;
  const word = text.slice(from, dot);
  if (!INITIALS.test(word) || NOT_INITIALS.test(word.toLowerCase())) return false;
  return NAME_AFTER.test(text.slice(dot + 1, dot + 12));
}

/** Adds [start, end) of block `index`, trimmed of white space, unless nothing is left. */
function pushSentence(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  index: number,
  kind: BlockKind,
): void {
  let s = start;
  while (s < end && isSpace(text, s)) s++;
  let e = end;
  while (e > s && isSpace(text, e - 1)) e--;
  if (e > s) {
    const blockStart = !out.length || out[out.length - 1]!.block !== index;
    out.push({ start: s, end: e, block: index, kind, blockStart });
  }
}

/**
 * Splits each block into sentences: terminal marks followed by a capital (even when glued) end one.
 * `wanted` skips blocks the caller has no use for (an analyzer that saw no cue word in them).
 */
export function splitSentences(
  text: string,
  blocks: TextBlock[],
  wanted?: (block: TextBlock) => boolean,
): Sentence[] {
  const out: Sentence[] = [];
  const ahead: Ahead = { from: -1, match: null, lastIndex: 0 };
  blocks.forEach((block, index) => {
    if (wanted && !wanted(block)) return;
    let start = block.start;
    // Read in the whole text: a run past the block's end ends at or past it, as it would in a slice.
    for (
      let m = terminalFrom(text, block.start, ahead);
      m;
      m = terminalFrom(text, TERMINAL.lastIndex, ahead)
    ) {
      const markEnd = m.index + m[0].length;
      if (markEnd >= block.end) break;
      if (!upperStart(text, markEnd)) continue;
      const first = m[0][0];
      if (first === '.' && m[0].length === 1) {
        const dot = m.index;
        if (endsWithAbbreviation(text, dot) || ITEM_NUMBER.test(text.slice(start, dot))) continue;
        // A capital and a dot glued after the dot go on an acronym or initials ("U.A.E.", "J.R.R.").
        if (ACRONYM_GOES_ON.test(text.slice(dot + 1, dot + 3))) continue;
        // Digits on both sides of a glued dot are a number ("4.284"), not a full stop.
        if (DIGIT.test(text[dot - 1] ?? '') && DIGIT.test(text[dot + 1] ?? '')) continue;
      }
      pushSentence(out, text, start, markEnd, index, block.kind);
      start = markEnd;
    }
    pushSentence(out, text, start, block.end, index, block.kind);
  });
  return out;
}
