/**
 * `/\p{L}/u` and `/[\p{L}\d]/u` on the character at an offset, by its code for ASCII, Latin and
 * Vietnamese letters (every code of those ranges but × and ÷ is a letter) and by the regex beyond:
 * a regex call per character of a word cost the figure finder more than the rest of its tests.
 * The answers are the regexes' for every code (tests/unit/engine/analyze/figure-char-class).
 */
const LETTER = /\p{L}/u;

/** Whether the character at `i` is a letter (false outside the text). */
export function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c < 0x250) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  // NaN (outside the text) fails every test above: answered here, not by the regex on undefined.
  return !Number.isNaN(c) && LETTER.test(text[i]!);
}

/** Whether the character at `i` is a letter or an ASCII digit (false outside the text). */
export function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || letterAt(text, i);
}

const UPPER = /\p{Lu}/u;
/**
 * `\p{Lu}` for the codes below U+2000, looked up once, on the first page with a number to read:
 * built at import it cost every page the content script starts on ~2 ms, analyzed or not.
 */
let upperBelow2000: Uint8Array | null = null;
function upperTable(): Uint8Array {
  if (!upperBelow2000) {
    upperBelow2000 = new Uint8Array(0x2000);
    for (let c = 0; c < 0x2000; c++) upperBelow2000[c] = UPPER.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return upperBelow2000;
}

/**
 * Whether a capital stands in [from, to): `/\p{Lu}/u` on the slice without making it, for a run
 * of word characters (letters and digits: no surrogate pair, which the slice's regex would read
 * as one character).
 */
export function capitalIn(text: string, from: number, to: number): boolean {
  const table = upperTable();
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2000 ? table[c] === 1 : UPPER.test(text[i]!)) return true;
  }
  return false;
}
