/**
 * Is a capitalised word that opens a sentence a common word ("Making the switch requires ...",
 * "Typically ...") rather than a name? It is when the article also writes it in lower case and
 * never capitalises it inside a sentence ("May" in "Theresa May" stays a name). Read once per
 * article: one pass over its words, then a lookup per subject.
 */
import { foldToneMarks } from '../../text/normalize';
import type { Word } from '../../text/words';

interface WordIndex {
  words: readonly Word[];
  lower: Set<string>;
  midCapital: Set<string>;
}

let index: WordIndex = { words: [], lower: new Set(), midCapital: new Set() };

/** The article's words (the tokenizer's, so no second pass over the text) as the two sets. */
function wordIndex(words: readonly Word[]): WordIndex {
  if (index.words === words) return index;
  const lower = new Set<string>();
  const midCapital = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.cap) {
      lower.add(w.lower);
      continue;
    }
    // Inside a sentence: only spaces, or a comma and spaces, since the word before.
    const gap = w.gap;
    if (i === 0 || gap.length === 0 || gap.charCodeAt(gap.length - 1) !== 32) continue;
    const kept = gap.replace(/ +$/u, '');
    if (kept === '' || kept.endsWith(',')) midCapital.add(w.lower);
  }
  index = { words, lower, midCapital };
  return index;
}

/** Plural nouns of office holders ("Officials", "Prosecutors", "Lawmakers"): a common word that still names an issuer. */
const OFFICE_HOLDERS =
  /^(?:\p{L}+(?:ors|ials|ities)|ministers|lawmakers|legislators|officers|leaders|judges|mps)$/u;

/**
 * A capitalised word the article otherwise writes in lower case, and never capitalises inside a
 * sentence; plural office holders excepted.
 */
export function commonWord(words: readonly Word[], word: string): boolean {
  const lower = foldToneMarks(word.toLowerCase());
  if (OFFICE_HOLDERS.test(lower)) return false;
  const { lower: seen, midCapital } = wordIndex(words);
  return seen.has(lower) && !midCapital.has(lower);
}
