import {
  EN_NAME_PREFIXES,
  EN_NAME_STOP,
  EN_PORTFOLIO_WORDS,
  EN_QUALIFIED_HEADS,
  EN_TITLE_HEADS,
  EN_TITLE_WORDS,
} from '../lexicons/en-titles';
import type { Mention } from './mention';
import { findPartyMembers } from './party-members';
import { PhraseSet } from './phrase-set';
import { EN_HEAD_FIRST, EN_PLURAL_HEAD } from './word-flags';
import { breaksBefore, commaBefore, DOTTED, type Word } from './words';

const HEADS = new PhraseSet(EN_TITLE_HEADS);
const SENTENCE_OPENERS = new Set(
  'but and so yet today yesterday tomorrow now then meanwhile however also later earlier still instead'.split(
    ' ',
  ),
);
const SELF_QUALIFIED = new Set(['chairman', 'chairwoman', 'commander']);
const HEAD_OF = new Set(['government', 'administration', 'cabinet']);
const PARTICLES = new Set(['bin', 'al', 'de', 'van', 'von', 'da', 'du', 'la', 'le', 'di']);
const DOT_JOIN = /^\.\s$/u;

/** True when a title head starts at word i ("MP", "prime minister"). */
export const titleHeadAt = (words: Word[], lower: string[], i: number): boolean =>
  headAt(words, lower, i) > 0;

/** Word count of the title head at word i, or 0; the flag bit skips the phrase lookup for most words. */
export function headAt(words: Word[], lower: string[], i: number): number {
  const w = words[i];
  return w !== undefined && (w.lex & EN_HEAD_FIRST) !== 0 ? HEADS.matchAt(lower, i) : 0;
}

/** End index (inclusive) of a person's name starting at word i, or -1. */
export function enNameAt(words: Word[], lower: string[], i: number): number {
  const first = words[i];
  if (!first?.cap || EN_NAME_STOP.has(first.lower)) return -1;
  let j = i;
  const prefixed = EN_NAME_PREFIXES.has(first.lower);
  while (j + 1 < words.length && j - i < 4) {
    const next = words[j + 1]!;
    // An initial's full stop joins ("John F. Kennedy"); the one-letter test first spares the regex.
    const gapOk = next.gap === ' ' || (words[j]!.end - words[j]!.start === 1 && DOT_JOIN.test(next.gap));
    if (!gapOk) break;
    if (next.cap && !EN_NAME_STOP.has(next.lower) && !headAt(words, lower, j + 1)) j++;
    else if (
      (PARTICLES.has(next.lower) || (prefixed && next.lower === 'of')) &&
      words[j + 2]?.cap &&
      words[j + 2]!.gap === ' '
    )
      j += 2;
    else break;
  }
  if (prefixed && j === i) return -1;
  return j;
}

/** Last word of a portfolio after "of" at word n ("of Industry and Trade"), or -1. */
function portfolioEnd(words: Word[], lower: string[], n: number): number {
  if (lower[n] !== 'of' || words[n]!.gap !== ' ') return -1;
  let last = -1;
  for (let k = n + 1; k < words.length && k - n < 8; k++) {
    const w = words[k]!;
    const joinedOk = w.gap === ' ' || (last > 0 && /^\s*,\s*$/u.test(w.gap));
    if (!joinedOk) break;
    if (w.cap && EN_PORTFOLIO_WORDS.has(w.lower)) last = k;
    else if (!(last > 0 && (w.lower === 'and' || w.lower === 'the' || w.lower === 'for'))) break;
  }
  return last;
}

/** The title text from word a to word b, keeping an abbreviation's full stop ("Gov.", "Sen."). */
function titleText(text: string, words: Word[], a: number, b: number): string {
  const last = words[b]!;
  const dotted = DOTTED.has(last.lower) && text.charCodeAt(last.end) === 46;
  return text.slice(words[a]!.start, last.end + (dotted ? 1 : 0));
}

/** Start index of the title phrase whose head ends at word `headEnd` (walks back over qualifiers). */
function titleStart(words: Word[], lower: string[], headStart: number): number {
  let s = headStart;
  while (s > 0 && headStart - s < 5 && !breaksBefore(words, s)) {
    const prev = words[s - 1]!;
    // A sentence's opening word ("But", "Today") is not part of the title after it.
    if (prev.cap && (SENTENCE_OPENERS.has(prev.lower) || EN_NAME_STOP.has(prev.lower))) break;
    if (prev.cap || EN_TITLE_WORDS.has(prev.lower) || /['’]s$/u.test(prev.lower)) s--;
    else break;
  }
  while (s < headStart && (lower[s] === 'the' || lower[s] === 'a')) s++;
  return s;
}

function qualified(words: Word[], lower: string[], headStart: number, start: number): boolean {
  if (!EN_QUALIFIED_HEADS.has(lower[headStart]!)) return true;
  // "Chairman Schiff": a capitalised chair or command before a name is the office's own title.
  if (start === headStart && words[headStart]!.cap && SELF_QUALIFIED.has(lower[headStart]!)) return true;
  return start < headStart && (words[headStart - 1]!.cap || EN_TITLE_WORDS.has(lower[headStart - 1]!));
}

/** "Name, the title ...": the title within a few words after the comma, or null. */
function appositionAfter(text: string, words: Word[], lower: string[], i: number, e: number): Mention | null {
  const q = e + 1;
  for (let h = q; h < words.length && h - q < 7; h++) {
    if (h > q && breaksBefore(words, h)) break;
    const len = headAt(words, lower, h);
    if (!len) continue;
    const start = titleStart(words, lower, h);
    // "the leader of the PPP" names an office through its organisation; "director of X" stays ambiguous.
    const ofOrg = lower[h + len] === 'of' && lower[h] !== 'director';
    if (!(qualified(words, lower, h, start) || ofOrg) || (lower[h + len] === 'of' && lower[h] === 'director'))
      return null;
    return {
      start: words[i]!.start,
      end: words[e]!.end,
      name: text.slice(words[i]!.start, words[e]!.end),
      titles: [titleText(text, words, Math.max(start, q), h + len - 1)],
    };
  }
  return null;
}

/** Officials named in English text: "Title Name", "Name, the title", "the title, Name". */
export function findEnOfficials(text: string, words: Word[], lower: string[]): Mention[] {
  const out: Mention[] = [];
  const slice = (a: number, b: number) => text.slice(words[a]!.start, words[b]!.end);
  const taken = new Uint8Array(words.length + 1);
  for (let i = 0; i < words.length; i++) {
    const len = headAt(words, lower, i);
    if (len) {
      const portfolio = portfolioEnd(words, lower, i + len);
      const headEnd = portfolio > 0 ? portfolio : i + len - 1;
      const n = headEnd + 1;
      const start = titleStart(words, lower, i);
      const apposition = /^\s*,\s*$/u.test(words[n]?.gap ?? '');
      if (n < words.length && (!breaksBefore(words, n) || apposition || DOT_JOIN.test(words[n]!.gap))) {
        const e = enNameAt(words, lower, n);
        if (
          e >= 0 &&
          qualified(words, lower, i, start) &&
          (!apposition || e > n || EN_NAME_PREFIXES.has(lower[n]!))
        ) {
          out.push({
            start: words[apposition ? n : start]!.start,
            end: words[e]!.end,
            name: slice(n, e),
            titles: [titleText(text, words, start, headEnd)],
          });
          taken.fill(1, n, e + 1);
          i = e;
          continue;
        }
      }
    }
    if ((words[i]!.lex & EN_PLURAL_HEAD) !== 0) {
      let n = i + 1;
      while (n < words.length && (words[n]!.gap === ' ' || /^\s*,\s*$/u.test(words[n]!.gap))) {
        const e = enNameAt(words, lower, n);
        if (e <= n) break;
        out.push({
          start: words[n]!.start,
          end: words[e]!.end,
          name: slice(n, e),
          titles: [slice(i, i)],
        });
        n = e + 1;
        if (lower[n] === 'and') n++;
      }
    }
  }
  out.push(...findPartyMembers(text, words, lower, taken));
  // One walk over the remaining names: "Tony Blair's government" (the head of a government) and
  // "Name, the title ..." appositions after a full (two-word) name.
  for (let i = 0; i < words.length; i++) {
    if (taken[i] === 1 || !words[i]!.cap) continue;
    const e = enNameAt(words, lower, i);
    if (e <= i) continue;
    const s = words[e + 1];
    const next = words[e + 2];
    if (s?.lower === 's' && next && HEAD_OF.has(next.lower) && /^['’]$/u.test(s.gap)) {
      out.push({ start: words[i]!.start, end: words[e]!.end, name: slice(i, e), titles: [] });
      taken.fill(1, i, e + 1);
    } else if (!(i > 0 && !breaksBefore(words, i) && words[i - 1]!.cap) && commaBefore(words, e + 1)) {
      const mention = appositionAfter(text, words, lower, i, e);
      if (mention) out.push(mention);
    }
    i = e;
  }
  return out;
}
