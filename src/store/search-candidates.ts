import type { Table } from 'dexie';
import { MAX_WORDS_PER_ROW, OVERFLOW_WORD, wordsOf } from './search-words';

/**
 * Rows whose candidates are looked up per word until this few remain; past it the full-text
 * check on the rows is cheaper than another index read.
 */
export const SMALL_ENOUGH = 2_000;

/**
 * A word with at most this many rows is rare: its rows are few enough to read and match
 * outright. Every query word's first RARE + 1 keys are read to find one.
 */
export const RARE = 200;

/**
 * Below this, a query's longest word matches the inside of too many words to look up: "a"
 * is a prefix of a good share of the index, and the reader expects it to find "Đà" as the
 * full-text scan does. Such queries scan instead.
 */
const MIN_LOOKUP_LENGTH = 3;

/**
 * The index words of a query, longest first: every query term cut as the index cuts text.
 * Empty when the query has no word long enough to look up (the caller scans).
 */
export function queryIndexWords(terms: readonly string[]): string[] {
  const words = [...new Set(terms.flatMap(wordsOf))].sort((a, b) => b.length - a.length);
  return (words[0]?.length ?? 0) >= MIN_LOOKUP_LENGTH ? words : [];
}

/**
 * Whether the index lookup below would return a row of this folded text: every query word
 * starts one of its words, or its words overflowed the cap (such rows are always candidates).
 * Lets a search that reads rows another way (search-newest.ts) keep the same answers.
 */
export function indexAdmits(foldedText: string, words: readonly string[]): boolean {
  const own = new Set(wordsOf(foldedText));
  if (own.size > MAX_WORDS_PER_ROW) return true;
  return words.every((word) => {
    for (const candidate of own) if (candidate.startsWith(word)) return true;
    return false;
  });
}

const intersect = (kept: Set<string>, keys: readonly string[]) =>
  new Set(keys.filter((key) => kept.has(key)));

/** Keys as text: a pack's key is an array (annotation-packs.ts), compared by identity in a Set. */
const asText = (keys: unknown[]): string[] =>
  keys.map((key) => (typeof key === 'string' ? key : JSON.stringify(key)));

const prefixed = (table: Table, word: string) => table.where('words').startsWith(word);
const overflowedKeys = async (table: Table) =>
  asText(await table.where('words').equals(OVERFLOW_WORD).primaryKeys());
const withOverflowed = (candidates: Iterable<string>, overflowed: readonly string[]) =>
  [...new Set([...candidates, ...overflowed])].sort();

/**
 * The candidate keys (as candidateKeys) when some word is rare, from the rare words' lists;
 * null when every word is common. Reads at most RARE + 1 keys of each word, all at once: a
 * common word's whole list costs about as much as reading thousands of rows.
 */
export async function rareCandidateKeys(table: Table, words: readonly string[]): Promise<string[] | null> {
  // In one transaction: each read outside one would open its own.
  const [peeked, overflowed] = await table.db.transaction('r', table, () =>
    Promise.all([
      Promise.all(
        words.map((word) =>
          prefixed(table, word)
            .limit(RARE + 1)
            .primaryKeys()
            .then(asText),
        ),
      ),
      overflowedKeys(table),
    ]),
  );
  const whole = peeked.filter((keys) => keys.length <= RARE).sort((a, b) => a.length - b.length);
  const [rarest, ...others] = whole;
  if (!rarest) return null;
  let candidates = new Set(rarest);
  for (const keys of others) candidates = intersect(candidates, keys);
  return withOverflowed(candidates, overflowed);
}

/**
 * Primary keys of the rows that may contain every word, by the `words` index: each word as a
 * prefix of a stored word (so the last word matches as the user types), intersected, the
 * rarest word first (rareCandidateKeys); when every word is common, their whole lists are
 * read, longest word first, until few candidates remain. Rows whose words overflowed the cap
 * are always candidates. A superset of the rows the full-text check accepts for whole-word
 * queries; sorted, so callers visit rows in primary-key order as a table scan would. Rows
 * written around Dexie have no words until indexUnindexedRows (search-words-repair.ts) runs,
 * when a connection opens.
 */
export async function candidateKeys(table: Table, words: readonly string[]): Promise<string[]> {
  return (await rareCandidateKeys(table, words)) ?? commonCandidateKeys(table, words);
}

/** candidateKeys when every word is common: their whole lists, longest first, until few remain. */
export async function commonCandidateKeys(table: Table, words: readonly string[]): Promise<string[]> {
  let candidates: Set<string> | null = null;
  for (const word of words) {
    const keys = asText(await prefixed(table, word).primaryKeys());
    candidates = candidates ? intersect(candidates, keys) : new Set(keys);
    if (candidates.size <= SMALL_ENOUGH) break;
  }
  return withOverflowed(candidates ?? [], await overflowedKeys(table));
}
