/**
 * Is a capitalised word that opens a sentence a common word ("Making the switch requires ...",
 * "Typically ...") rather than a name? It is when the article also writes it in lower case and
 * never capitalises it inside a sentence ("May" in "Theresa May" stays a name). Read once per
 * article: one pass over its words, then a lookup per subject.
 */

interface WordIndex {
  text: string;
  lower: Set<string>;
  midCapital: Set<string>;
}

let index: WordIndex = { text: '', lower: new Set(), midCapital: new Set() };

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const CAPITAL = /^\p{Lu}/u;

function wordIndex(text: string): WordIndex {
  if (index.text === text) return index;
  const lower = new Set<string>();
  const midCapital = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (!CAPITAL.test(w)) {
      lower.add(w);
      continue;
    }
    // Inside a sentence: the last mark before the word is a letter, a digit or a comma.
    let i = m.index - 1;
    while (i >= 0 && text[i] === ' ') i--;
    if (i >= 0 && i < m.index - 1 && /[\p{L}\d,]/u.test(text[i]!)) midCapital.add(w.toLowerCase());
  }
  index = { text, lower, midCapital };
  return index;
}

/** Plural nouns of office holders ("Officials", "Prosecutors", "Lawmakers"): a common word that still names an issuer. */
const OFFICE_HOLDERS =
  /^(?:\p{L}+(?:ors|ials|ities)|ministers|lawmakers|legislators|officers|leaders|judges|mps)$/u;

/**
 * A capitalised word the article otherwise writes in lower case, and never capitalises inside a
 * sentence; plural office holders excepted.
 */
export function commonWord(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (OFFICE_HOLDERS.test(lower)) return false;
  const { lower: seen, midCapital } = wordIndex(text);
  return seen.has(lower) && !midCapital.has(lower);
}
