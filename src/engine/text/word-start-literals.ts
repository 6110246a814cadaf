/**
 * Which families of cue phrases a sentence holds, found in one pass over it: the readers of a
 * family run only where one of its phrases stands. Every cue regex so gated opens with a
 * look-behind for a non-letter ("(?<![\p{L}])phải") and its every match opens on one of its
 * family's phrases, so only the starts of words need trying: a phrase found nowhere there rules
 * the regex out. The answer may say yes where the regex then finds nothing (a superset), never no
 * where it would match.
 */

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
  // The phrases by their first two code units (every phrase has two), each with its families' bits.
  const byHead = new Map<number, Array<[string, number]>>();
  const firsts = new Uint8Array(0x2000);
  let all = 0;
  for (const [bit, phrases] of families) {
    all |= bit;
    for (const phrase of phrases) {
      const p = phrase.toLowerCase();
      if (p.length < 2 || p.charCodeAt(0) >= 0x2000) throw new Error(`wordStartLiterals: "${phrase}"`);
      const key = p.charCodeAt(0) * 0x10000 + p.charCodeAt(1);
      const bucket = byHead.get(key) ?? [];
      const same = bucket.find(([q]) => q === p);
      if (same) same[1] |= bit;
      else bucket.push([p, bit]);
      byHead.set(key, bucket);
      firsts[p.charCodeAt(0)] = 1;
    }
  }
  return {
    all,
    find(s: string, lower: string): number {
      if (lower.length !== s.length) return all;
      let bits = 0;
      let afterLetter = false;
      const n = lower.length - 1;
      for (let p = 0; p < n; p++) {
        const before = afterLetter;
        const t = s.charCodeAt(p);
        afterLetter = t < 0x2000 && LETTER[t] === 1;
        if (before) continue;
        const c = lower.charCodeAt(p);
        if (c >= 0x2000 || firsts[c] === 0) continue;
        const bucket = byHead.get(c * 0x10000 + lower.charCodeAt(p + 1));
        if (!bucket) continue;
        for (const [phrase, bit] of bucket) if (lower.startsWith(phrase, p)) bits |= bit;
      }
      return bits;
    },
  };
}
