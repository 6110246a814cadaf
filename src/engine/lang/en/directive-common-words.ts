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

const FULL_NAME = /^(?:\p{Lu}[\p{L}'’-]+\s){1,2}(\p{Lu}[\p{L}'’-]+)$/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.?$/u;
const SPEECH_AFTER = /^\s(?:said|says|told|added|urged|called|ordered|asked|wrote|announced)\b/u;
const WHO_AFTER = /^,\swho\s/u;

/**
 * Does a proper noun the officials analyzer did not place name a person? Two or three capitalised
 * words that the article puts before a "who" clause ("Riad Hijab, who heads ..."), or whose last
 * word alone it puts before a verb of speech ("Hijab said"): how news refers to people.
 */
export function personName(text: string, name: string): boolean {
  const m = FULL_NAME.exec(name);
  if (!m) return false;
  const surname = m[1]!;
  const full = text.indexOf(name);
  // Countries speak too ("North Norland said"): the full name counts only before a "who" clause.
  if (full >= 0 && WHO_AFTER.test(text.slice(full + name.length, full + name.length + 8))) return true;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const end = at + surname.length;
    if (text.slice(Math.max(0, at - 1), at) !== ' ' && at > 0 && !/[\n"“]/u.test(text[at - 1]!)) continue;
    const prev =
      text
        .slice(Math.max(0, at - 30), at)
        .trimEnd()
        .split(/\s+/u)
        .pop() ?? '';
    if (/^\p{Lu}/u.test(prev) && !HONORIFIC.test(prev)) continue;
    if (SPEECH_AFTER.test(text.slice(end, end + 12))) return true;
  }
  return false;
}
