import { EN_TRIGGER_WORDS } from '../lang/en/directive-cues';
import { EN_HEAD_FORMS, EN_PLURAL_HEADS } from '../lang/en/titles';

/**
 * Lexicon memberships of a lower-cased word, looked up once per word by the tokenizer so the
 * analyzers' per-word loops test a bit instead of probing several sets with the same string.
 */
export const EN_HEAD_FIRST = 1;
export const EN_PLURAL_HEAD = 2;
export const EN_TRIGGER = 4;
export const EN_LEGISLATOR = 8;
/**
 * No lexicon: the word holds an ASCII digit (what /\d/ finds in it), set by the tokenizer from
 * the codes it reads anyway, so per-word digit tests need no regex call.
 */
export const HAS_DIGIT = 16;

/** Words that say the article is about members of a legislature. */
export const LEGISLATOR_WORDS: ReadonlySet<string> = new Set([
  'mps',
  'mp',
  'peers',
  'backbenchers',
  'all-party',
  'parliamentarians',
]);

const FLAGS = new Map<string, number>();
function mark(words: Iterable<string>, bit: number): void {
  for (const w of words) FLAGS.set(w, (FLAGS.get(w) ?? 0) | bit);
}
// The first word of each title head, split the way PhraseSet splits it.
mark(
  EN_HEAD_FORMS.map((h) => h.toLowerCase().split(/\s+/u)[0]!),
  EN_HEAD_FIRST,
);
mark(EN_PLURAL_HEADS, EN_PLURAL_HEAD);
mark(EN_TRIGGER_WORDS, EN_TRIGGER);
mark(LEGISLATOR_WORDS, EN_LEGISLATOR);

// Most words match no lexicon word in first letter, last letter and length: a table of those
// (ASCII keys; one length bit per pair) answers them without hashing the string. A second table
// of first and second letters: the first let 15% of all words through to the Map (45k of 301k
// in the bench texts, 11k of them flagged), both together 9% (26k of 291k, 11.6k flagged, perf19).
// Tables of letter slots (a-z and one for the rest, 3 kB each) instead of codes: tokenize B/A
// 1.02 (perf19). The false positives are a long tail ("when", "retrieved", "still" lead with
// 506, 414, 171 a pass): a third table would save little of the Map's ~15k wasted lookups.
const PAIRS = new Uint32Array(128 * 128);
const HEADS = new Uint32Array(128 * 128);
let pairsComplete = true;
const lengthBit = (length: number): number => 1 << Math.min(length, 31);
for (const key of FLAGS.keys()) {
  const first = key.charCodeAt(0);
  const second = key.length > 1 ? Math.min(key.charCodeAt(1), 127) : 0;
  const last = key.charCodeAt(key.length - 1);
  if (first < 128 && last < 128) {
    PAIRS[first * 128 + last]! |= lengthBit(key.length);
    HEADS[first * 128 + second]! |= lengthBit(key.length);
  } else pairsComplete = false;
}

/** The lexicon flags of a lower-cased word (0 for most words, ruled out without a map lookup). */
export function wordFlags(lower: string): number {
  return wordFlagsAt(lower, lower, 0, lower.length, lower.charCodeAt(0));
}

/**
 * wordFlags for a word whose lower-cased form differs from the text at most in its first code,
 * given as `first`: the prefilter reads the text's codes, not the new string's. Reading the fresh
 * word string's codes cost the tokenizer ~16% (A/B in one process, perf17); the text's are warm.
 */
export function wordFlagsAt(lower: string, text: string, start: number, end: number, first: number): number {
  const length = end - start;
  // A one-letter word's last code is its first, lowered.
  const last = length > 1 ? text.charCodeAt(end - 1) : first;
  // Second letters beyond ASCII share the last column ("tánaiste").
  const second = length > 1 ? Math.min(text.charCodeAt(start + 1), 127) : 0;
  if (
    pairsComplete &&
    (first >= 128 ||
      last >= 128 ||
      (PAIRS[first * 128 + last]! & HEADS[first * 128 + second]! & lengthBit(length)) === 0)
  )
    return 0;
  return FLAGS.get(lower) ?? 0;
}
