/** The English title grammar: title heads, the words that qualify them, and the names they precede. */

import { PhraseSet } from '../../analyze/officials/phrase-set';
import { EN_HEAD_FIRST, HAS_DIGIT } from '../../text/word-flags';
import { breaksBefore, DOTTED, isCommaGap, type Word } from '../../text/words';
import {
  EN_BODY_NOUNS,
  EN_HEAD_FORMS,
  EN_NAME_INNER,
  EN_NAME_PREFIXES,
  EN_NAME_STOP,
  EN_PORTFOLIO_WORDS,
  EN_POST_NAME_TITLES,
  EN_QUALIFIED_HEADS,
  EN_TITLE_ADJECTIVES,
  EN_TITLE_STOP,
  EN_TITLE_WORDS,
} from './titles';

const HEADS = new PhraseSet(EN_HEAD_FORMS);
const SENTENCE_OPENERS = new Set(
  'but and so yet today yesterday tomorrow now then meanwhile however also later earlier still instead'.split(
    ' ',
  ),
);
const GOVERNMENT_STAFF = new Set(['official']);
/** Proper nouns that stand for a government's seat or body ("White House", "Pentagon"). */
const GOVERNMENT_SEATS = new Set(['house', 'pentagon', 'kremlin', 'treasury', 'administration', 'cabinet']);
const SELF_QUALIFIED = new Set(['chairman', 'chairwoman', 'chair', 'commander']);
export const HEAD_OF = new Set(['government', 'administration', 'cabinet']);
const PARTICLES = new Set([
  'bin',
  'al',
  'de',
  'van',
  'von',
  'da',
  'du',
  'la',
  'le',
  'di',
  'der',
  'den',
  'del',
  'dos',
  'das',
  'ten',
  'ter',
]);
// "M.K. Stalin": initials may be written without a space between them.
const DOT_JOIN = /^\.\s?$/u;
// "Bashar al-Assad": an Arabic article glued to the family name keeps the name going (asked only
// of a word whose third character is a hyphen: the walk met ~15k words a bench pass, perf19).
const ARABIC_ARTICLE = /^(?:al|el)-\p{L}/u;
const DIGIT = /\d/u;
// Heads that are also adjectives of company and league names ("General Motors", "Premier League"):
// a one-word name after them is not a person.
const ADJECTIVE_HEADS = new Set(['general', 'premier']);
// A peer sits in the House of Lords: "Lord Falconer" holds a seat in a legislature.
export const PEERAGES = new Set(['lord', 'baroness']);
// "nomination for governor, Steve Lonegan": a bare title after a preposition names a post, not the person after it.
export const PREPOSITIONS = new Set(['for', 'as', 'of', 'to', 'against', 'with', 'from', 'by', 'than']);
export const POSSESSIVE_GAP = /^['’]$/u;

/** True when a title head starts at word i ("MP", "prime minister"). */
export const titleHeadAt = (words: Word[], i: number): boolean => headAt(words, i) > 0;

/** Word count of the title head at word i, or 0; the flag bit skips the phrase lookup for most words. */
export function headAt(words: Word[], i: number): number {
  const w = words[i];
  if (w === undefined || (w.lex & EN_HEAD_FIRST) === 0) return 0;
  const len = HEADS.matchAt(words, i);
  if (len === 0) return 0;
  // An abbreviated title is written capitalised ("Gen.", "Gov."): "gen Y", "gov." in a citation are not one.
  if (!w.cap && DOTTED.has(words[i]!.lower)) return 0;
  // "12:30 PM": after a clock time "PM" is the afternoon, not a prime minister.
  if (words[i]?.lower === 'pm' && DIGIT.test(words[i - 1]?.lower ?? '')) return 0;
  // Without its full stop an abbreviation after a name is the name's end: "Sen. Ravi", "Lt Col
  // Ann Vale", but "Amartya Sen".
  const last = i + len - 1;
  if (!DOTTED.has(words[last]!.lower) || words[last + 1]?.gap.charCodeAt(0) === 46) return len;
  const prev = words[i - 1];
  const afterName = prev?.cap && !words[i]!.brk && !EN_TITLE_WORDS.has(prev.lower);
  return afterName ? 0 : len;
}

/**
 * A one-word title head written right after a given name and followed by no capitalised word
 * ("Angus King of Maine", "Steve King said", "Erik Prince told"): the name's last word, not a
 * new title. Abbreviations ("Gen.") and a head that titles a following name stay titles.
 */
// Title heads that are also common English family names; a post-name title ("Tom Lee MSP") is none.
const SURNAME_HEADS = new Set([
  'king',
  'prince',
  'major',
  'judge',
  'bishop',
  'sheriff',
  'marshal',
  'chancellor',
  'mayor',
]);

function surnameHead(words: Word[], k: number): boolean {
  const w = words[k]!;
  if (w.gap !== ' ' || !SURNAME_HEADS.has(words[k]!.lower) || headAt(words, k) !== 1) return false;
  const after = words[k + 1];
  return after?.gap !== ' ' || !after.cap;
}

/** End index (inclusive) of a person's name starting at word i, or -1. */
/** End index of a name after the head at word h ending at word n - 1, or -1 (see ADJECTIVE_HEADS). */
export function nameAfterHead(words: Word[], h: number, n: number): number {
  const e = enNameAt(words, n);
  return e === n && ADJECTIVE_HEADS.has(words[h]!.lower) && n === h + 1 ? -1 : e;
}

export function enNameAt(words: Word[], i: number): number {
  const first = words[i];
  if (!first?.cap || EN_NAME_STOP.has(first.lower) || (first.lex & HAS_DIGIT) !== 0) return -1;
  // "Additional Chief Secretary (Home) X": a title word after a head opens no name.
  if (headAt(words, i) && words[i + 1]?.gap !== ' ') return -1;
  let j = i;
  const prefixed = EN_NAME_PREFIXES.has(first.lower);
  while (j + 1 < words.length && j - i < 4) {
    const next = words[j + 1]!;
    // An initial's full stop joins ("John F. Kennedy"); the one-letter test first spares the regex.
    const gapOk = next.gap === ' ' || (words[j]!.end - words[j]!.start === 1 && DOT_JOIN.test(next.gap));
    if (!gapOk) break;
    const stop = EN_NAME_STOP.has(next.lower) && !(next.gap === ' ' && EN_NAME_INNER.has(next.lower));
    if (next.cap && !stop && (next.lex & HAS_DIGIT) === 0 && !headAt(words, j + 1)) j++;
    else if (next.cap && surnameHead(words, j + 1)) {
      // "Sen. Angus King of Maine", "Mervyn King warned": a title word closing a name is its surname.
      j++;
      break;
    } else if (next.gap === ' ' && next.lower.charCodeAt(2) === 45 && ARABIC_ARTICLE.test(next.lower)) j++;
    else if (
      (PARTICLES.has(next.lower) || (prefixed && next.lower === 'of')) &&
      words[j + 2]?.cap &&
      words[j + 2]!.gap === ' '
    )
      j += 2;
    // "Ursula von der Leyen", "Juan de la Cruz": two particles before the family name.
    else if (
      PARTICLES.has(next.lower) &&
      PARTICLES.has(words[j + 2]?.lower ?? '') &&
      words[j + 2]!.gap === ' ' &&
      words[j + 3]?.cap &&
      words[j + 3]!.gap === ' '
    )
      j += 3;
    else break;
  }
  if (prefixed && j === i) return -1;
  return j;
}

/**
 * Last word of a portfolio or body after "of"/"for" at word n ("of Industry and Trade", "for the
 * Foreign Ministry", "for the ministry"), or -1.
 */
export function portfolioEnd(words: Word[], n: number): number {
  if ((words[n]?.lower !== 'of' && words[n]?.lower !== 'for') || words[n]!.gap !== ' ') return -1;
  // A head written in lower case writes its portfolio so too: "the minister for education, Ann Vale".
  const lowerHead = !words[n - 1]!.cap;
  let last = -1;
  for (let k = n + 1; k < words.length && k - n < 8; k++) {
    const w = words[k]!;
    const joinedOk = w.gap === ' ' || (last > 0 && isCommaGap(w.gap));
    if (!joinedOk) break;
    if (((w.cap || lowerHead) && EN_PORTFOLIO_WORDS.has(w.lower)) || EN_BODY_NOUNS.has(w.lower)) last = k;
    else if (!((last > 0 || k === n + 1) && (w.lower === 'and' || w.lower === 'the' || w.lower === 'for')))
      break;
  }
  return last;
}

/** Last word of a place after "of" at word n that a comma and a name follow ("mayor of Springfield, Tom Lee"), or -1. */
export function placeEnd(words: Word[], n: number): number {
  if (words[n]?.lower !== 'of' || words[n]!.gap !== ' ') return -1;
  let k = words[n + 1]?.lower === 'the' ? n + 2 : n + 1;
  if (!words[k]?.cap || words[k]!.brk) return -1;
  while (k - n < 5 && words[k + 1]?.cap && words[k + 1]!.gap === ' ') k++;
  return isCommaGap(words[k + 1]?.gap ?? '') ? k : -1;
}

// Heads posted to a place: "ambassador to the Ukraine", "special envoy to Syria".
const POSTED_TO = new Set(['ambassador', 'envoy', 'consul']);

/**
 * Last word of the place after "to" at word n for a head posted there ("envoy to Syria Staffan de
 * Mistura", "ambassador to the United Nations Ann Lee", "ambassador to Japan, Ann Lee"), or -1.
 * Where place and name run together, the name is the shortest full name (two words or more) that
 * ends the capitalised run.
 */
export function destinationEnd(words: Word[], n: number): number {
  if (words[n]?.lower !== 'to' || words[n]!.gap !== ' ' || !POSTED_TO.has(words[n - 1]!.lower)) return -1;
  const first = words[n + 1]?.lower === 'the' ? n + 2 : n + 1;
  if (!words[first]?.cap || words[first]!.gap !== ' ') return -1;
  let r = first;
  while (
    r - first < 7 &&
    words[r + 1]?.gap === ' ' &&
    (words[r + 1]!.cap || PARTICLES.has(words[r + 1]!.lower))
  )
    r++;
  if (isCommaGap(words[r + 1]?.gap ?? '')) return r;
  for (let k = r - 2; k >= first; k--) if (words[k + 1]!.cap && enNameAt(words, k + 1) === r) return k;
  return -1;
}

/** The title text from word a to word b, keeping an abbreviation's full stop ("Gov.", "Sen."). */
export function titleText(text: string, words: Word[], a: number, b: number): string {
  const last = words[b]!;
  const dotted = DOTTED.has(last.lower) && text.charCodeAt(last.end) === 46;
  return text.slice(words[a]!.start, last.end + (dotted ? 1 : 0));
}

/** True when word i is the "s" of a possessive ("state's", "Britain’s"). */
export const possessiveS = (words: Word[], i: number): boolean =>
  words[i]?.lower === 's' && POSSESSIVE_GAP.test(words[i]!.gap);

/**
 * Polities that own an office written lower case: "Tom Reyes, the country's finance minister",
 * "the city's mayor", "the bloc's foreign policy chief". A company's office ("the company's
 * president") stays unowned, so it is no public office.
 */
const POLITY_OWNERS: ReadonlySet<string> = new Set(
  'country nation city province county region bloc kingdom republic territory town district island municipality emirate'.split(
    ' ',
  ),
);

/** Start index of the title phrase whose head starts at word `headStart` (walks back over qualifiers). */
export function titleStart(words: Word[], headStart: number): number {
  let s = headStart;
  // A spaced hyphen ends the title: "MELBOURNE - Victoria's Chief Health Officer" has a dateline before it.
  while (s > 0 && headStart - s < 6 && !breaksBefore(words, s) && words[s]!.gap !== ' - ') {
    const prev = words[s - 1]!;
    // A sentence's opening word ("But", "Today") is not part of the title after it.
    if (prev.cap && (SENTENCE_OPENERS.has(prev.lower) || EN_TITLE_STOP.has(prev.lower))) break;
    // "the state's attorney general", "the ministry's spokesman": the owner belongs to the title.
    const owner = words[s - 2]?.lower ?? '';
    if (
      possessiveS(words, s - 1) &&
      (words[s - 2]?.cap || EN_TITLE_WORDS.has(owner) || EN_BODY_NOUNS.has(owner) || POLITY_OWNERS.has(owner))
    )
      s -= 2;
    // "Health and Human Services Secretary": portfolios joined by "and" before the head.
    else if (
      prev.lower === 'and' &&
      s < headStart &&
      words[s]!.cap &&
      EN_PORTFOLIO_WORDS.has(words[s]!.lower) &&
      EN_PORTFOLIO_WORDS.has(words[s - 2]?.lower ?? '') &&
      words[s - 2]!.cap
    )
      s -= 2;
    // "Bank of England Governor": a body named "X of Y" before the head.
    else if (prev.lower === 'of' && s < headStart && words[s]!.cap && words[s - 2]?.cap && !words[s - 1]!.brk)
      s -= 2;
    else if (
      prev.cap ||
      EN_TITLE_WORDS.has(prev.lower) ||
      EN_BODY_NOUNS.has(prev.lower) ||
      EN_TITLE_ADJECTIVES.has(prev.lower) ||
      // "the agriculture minister", "the transportation department's director".
      EN_PORTFOLIO_WORDS.has(prev.lower)
    )
      s--;
    else break;
  }
  while (s < headStart && (words[s]?.lower === 'the' || words[s]?.lower === 'a')) s++;
  return s;
}

export function qualified(words: Word[], headStart: number, start: number, len: number): boolean {
  // Only a one-word head needs its qualifier: "Chief Constable" is an office by itself, "chief" is not.
  if (len > 1 || !EN_QUALIFIED_HEADS.has(words[headStart]!.lower)) return true;
  // "Chairman Schiff": a capitalised chair or command before a name is the office's own title.
  if (start === headStart && words[headStart]!.cap && SELF_QUALIFIED.has(words[headStart]!.lower))
    return true;
  const prev = headStart - 1;
  // "Pentagon official", "State Department official": staff are officials of a government body
  // only ("a Google official" is no public office).
  if (GOVERNMENT_STAFF.has(words[headStart]!.lower))
    return (
      start < headStart && (EN_BODY_NOUNS.has(words[prev]!.lower) || GOVERNMENT_SEATS.has(words[prev]!.lower))
    );
  return (
    start < headStart &&
    (words[prev]!.cap ||
      EN_TITLE_WORDS.has(words[prev]!.lower) ||
      EN_BODY_NOUNS.has(words[prev]!.lower) ||
      possessiveS(words, prev))
  );
}

/** The title written after a name ("Ann Reid MP"), as a list of zero or one title. */
export function postNameTitle(text: string, words: Word[], e: number): string[] {
  const w = words[e + 1];
  return w && w.gap === ' ' && EN_POST_NAME_TITLES.has(w.lower) ? [text.slice(w.start, w.end)] : [];
}
