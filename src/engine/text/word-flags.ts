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
// (ASCII keys; one length bit per pair) answers them without hashing the string.
const PAIRS = new Uint32Array(128 * 128);
let pairsComplete = true;
const lengthBit = (length: number): number => 1 << Math.min(length, 31);
for (const key of FLAGS.keys()) {
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  if (first < 128 && last < 128) PAIRS[first * 128 + last]! |= lengthBit(key.length);
  else pairsComplete = false;
}

export function wordFlags(lower: string): number {
  const first = lower.charCodeAt(0);
  const last = lower.charCodeAt(lower.length - 1);
  if (
    pairsComplete &&
    (first >= 128 || last >= 128 || (PAIRS[first * 128 + last]! & lengthBit(lower.length)) === 0)
  )
    return 0;
  return FLAGS.get(lower) ?? 0;
}
