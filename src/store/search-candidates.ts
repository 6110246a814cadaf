import type { Table } from 'dexie';
import { MAX_WORDS_PER_ROW, OVERFLOW_WORD, wordsOf } from './search-words';

/**
 * Rows whose candidates are looked up per word until this few remain; past it the full-text
 * check on the rows is cheaper than another index read.
 */
const SMALL_ENOUGH = 2_000;

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

/**
 * Primary keys of the rows that may contain every word, by the `words` index: each word as a
 * prefix of a stored word (so the last word matches as the user types), longest word first,
 * intersected. Rows whose words overflowed the cap are always candidates. A superset of the
 * rows the full-text check accepts for whole-word queries; sorted, so callers visit rows in
 * primary-key order as a table scan would. Rows written around Dexie have no words until
 * indexUnindexedRows (search-words-repair.ts) runs, when a connection opens.
 */
export async function candidateKeys(table: Table, words: readonly string[]): Promise<string[]> {
  let candidates: Set<string> | null = null;
  for (const word of words) {
    const keys = (await table.where('words').startsWith(word).primaryKeys()) as string[];
    candidates = candidates ? new Set(keys.filter((key) => candidates?.has(key))) : new Set(keys);
    if (candidates.size <= SMALL_ENOUGH) break;
  }
  const overflowed = (await table.where('words').equals(OVERFLOW_WORD).primaryKeys()) as string[];
  return [...new Set([...(candidates ?? []), ...overflowed])].sort();
}
