const LETTER = /[\p{L}’'-]/u;

/** A word character: ASCII letters by code, the rest of Unicode by regex. */
function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  return LETTER.test(ch);
}

/**
 * Up to `n` lower-cased words before offset `at`, nearest first: a backward scan, so the English
 * directive rules look at the words before a cue without a regex over the text.
 */
export function wordsBefore(s: string, at: number, n: number): string[] {
  const out: string[] = [];
  let i = at - 1;
  while (out.length < n && i >= 0) {
    while (i >= 0 && !isLetter(s.charCodeAt(i), s[i]!)) i--;
    const end = i + 1;
    while (i >= 0 && isLetter(s.charCodeAt(i), s[i]!)) i--;
    if (end > i + 1) out.push(s.slice(i + 1, end).toLowerCase());
  }
  return out;
}
