/**
 * Is a capitalised word that opens a sentence a common word ("Making the switch requires ...",
 * "Typically ...") rather than a name? It is when the article also writes it in lower case and
 * never capitalises it inside a sentence ("May" in "Theresa May" stays a name). Answered from
 * the tokenizer's words, once per word and article.
 */
import { foldToneMarks } from '../../text/normalize';
import type { Word } from '../../text/words';

// Answers per article, by word: most articles ask about a few words, each looked up by one scan of
// the words; past SCANS distinct words (a long page) one index of every word answers the rest.
// Indexing costs some fifteen to twenty scans (it hashes every word), so it waits that long.
const SCANS = 20;
let memoWords: readonly Word[] = [];
let memo = new Map<string, boolean>();
let index: { lower: Set<string>; midCapital: Set<string> } | null = null;

function indexWords(words: readonly Word[]): { lower: Set<string>; midCapital: Set<string> } {
  const lower = new Set<string>();
  const midCapital = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.cap) lower.add(w.lower);
    else if (midSentence(words, i)) midCapital.add(w.lower);
  }
  return { lower, midCapital };
}

/** Inside a sentence: only spaces, or a comma and spaces, since the word before. */
function midSentence(words: readonly Word[], i: number): boolean {
  const gap = words[i]!.gap;
  if (i === 0 || gap.length === 0 || gap.charCodeAt(gap.length - 1) !== 32) return false;
  if (gap === ' ' || gap === ', ') return true;
  const kept = gap.replace(/ +$/u, '');
  return kept === '' || kept.endsWith(',');
}

/** Written in lower case somewhere, and never capitalised inside a sentence. */
function lowerOnly(words: readonly Word[], lower: string): boolean {
  let seenLower = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.lower !== lower) continue;
    if (!w.cap) seenLower = true;
    else if (midSentence(words, i)) return false;
  }
  return seenLower;
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
  if (memoWords !== words) {
    memoWords = words;
    memo = new Map();
    index = null;
  }
  let answer = memo.get(lower);
  if (answer !== undefined) return answer;
  if (!index && memo.size >= SCANS) index = indexWords(words);
  answer = index ? index.lower.has(lower) && !index.midCapital.has(lower) : lowerOnly(words, lower);
  memo.set(lower, answer);
  return answer;
}
