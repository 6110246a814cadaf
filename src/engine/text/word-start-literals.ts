/**
 * Which families of cue phrases a sentence holds, found in one search of it: the readers of a
 * family run only where one of its phrases stands. Every cue regex so gated opens with a
 * look-behind for a non-letter ("(?<![\p{L}])phải") and its every match opens on one of its
 * family's phrases, so only the starts of words need trying: a phrase found nowhere there rules
 * the regex out. The answer may say yes where the regex then finds nothing (a superset), never no
 * where it would match.
 */
import { escapeLiteral } from './literal-scan';

// The code units before which no match of a gated regex can start: letters (\p{L}) whose lower
// case is a letter too, so the test holds in the text and in its lower-cased copy alike. Beyond
// U+2000 every position counts as a word start (tried, never skipped).
const LETTER = (() => {
  const table = new Uint8Array(0x2000);
  for (let c = 0; c < 0x2000; c++) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if (lower.length === 1 && /\p{L}/u.test(ch) && /\p{L}/u.test(lower)) table[c] = 1;
  }
  return table;
})();

export interface WordStartLiterals {
  /**
   * The bits of the families whose phrases start a word of `lower` (the sentence lower-cased,
   * as long as the sentence: lower-casing moved no offset), or `all` when it is not.
   */
  find(s: string, lower: string): number;
  /** Every family's bit: what `find` answers when it cannot tell. */
  all: number;
}

/** `families`: each family's bit and the phrases its regex's matches open with (any case). */
export function wordStartLiterals(
  families: ReadonlyArray<readonly [bit: number, phrases: readonly string[]]>,
): WordStartLiterals {
  // Each lower-cased phrase with its families' bits (a phrase may serve several families).
  const bitsOf = new Map<string, number>();
  let all = 0;
  for (const [bit, phrases] of families) {
    all |= bit;
    for (const phrase of phrases) {
      const p = phrase.toLowerCase();
      bitsOf.set(p, (bitsOf.get(p) ?? 0) | bit);
    }
  }
  // Where one phrase is found, those sharing its first letter are tried there too: one may open
  // another ("cần", "cần phải"), and the alternation reports only one of them.
  const byFirst = new Map<string, Array<[string, number]>>();
  for (const [p, bits] of bitsOf) byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), [p, bits]]);
  // Every phrase as one alternation: one native search per sentence, where each cue regex made
  // its own (and their alternations cost more time than instructions, perf16).
  const any = new RegExp([...bitsOf.keys()].map(escapeLiteral).join('|'), 'g');
  return {
    all,
    find(s: string, lower: string): number {
      if (lower.length !== s.length) return all;
      let bits = 0;
      any.lastIndex = 0;
      for (let m = any.exec(lower); m; m = any.exec(lower)) {
        const p = m.index;
        any.lastIndex = p + 1;
        const before = p > 0 ? s.charCodeAt(p - 1) : 0;
        if (before < 0x2000 && LETTER[before] === 1) continue;
        for (const [phrase, bit] of byFirst.get(m[0][0]!)!) if (lower.startsWith(phrase, p)) bits |= bit;
      }
      return bits;
    },
  };
}
