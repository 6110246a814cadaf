import { EN_TRIGGER_WORDS } from '../lexicons/directive-cues';
import { EN_PLURAL_HEADS, EN_TITLE_HEADS } from '../lexicons/en-titles';

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
  EN_TITLE_HEADS.map((h) => h.toLowerCase().split(/\s+/u)[0]!),
  EN_HEAD_FIRST,
);
mark(EN_PLURAL_HEADS, EN_PLURAL_HEAD);
mark(EN_TRIGGER_WORDS, EN_TRIGGER);
mark(LEGISLATOR_WORDS, EN_LEGISLATOR);

export const wordFlags = (lower: string): number => FLAGS.get(lower) ?? 0;
