/** Small helpers that read the words just before or after a position, on the same line. */

const WORD_BEFORE = /([\p{L}][\p{L}.'’-]*)[ \t\u00a0]*$/u;

/** The last one and two words before `pos` (lower-cased), stopping at line breaks and punctuation. */
export function wordsBefore(
  text: string,
  pos: number,
): { one: string; two: string; oneStart: number; twoStart: number } {
  const from = Math.max(0, pos - 40);
  let chunk = text.slice(from, pos);
  const nl = chunk.lastIndexOf('\n');
  const base = nl >= 0 ? from + nl + 1 : from;
  if (nl >= 0) chunk = chunk.slice(nl + 1);
  const m1 = WORD_BEFORE.exec(chunk);
  if (!m1) return { one: '', two: '', oneStart: pos, twoStart: pos };
  const oneStart = base + m1.index;
  const rest = chunk.slice(0, m1.index);
  const m2 = WORD_BEFORE.exec(rest);
  const one = m1[1]!.toLowerCase();
  if (!m2) return { one, two: '', oneStart, twoStart: oneStart };
  return { one, two: `${m2[1]!.toLowerCase()} ${one}`, oneStart, twoStart: base + m2.index };
}

/**
 * Matches one of `words` (case-insensitive, longest first) at `pos` after optional spaces;
 * returns the end offset and the matched entry.
 */
export function matchAfter<T>(
  text: string,
  pos: number,
  entries: ReadonlyArray<readonly [string, T]>,
  allowGlued = true,
): { end: number; value: T } | null {
  let p = pos;
  while (text[p] === ' ' || text[p] === '\u00a0') p++;
  if (p === pos && !allowGlued) return null;
  const ahead = text.slice(p, p + 24).toLowerCase();
  for (const [word, value] of entries) {
    const w = word.toLowerCase();
    if (!ahead.startsWith(w)) continue;
    const next = text[p + w.length] ?? ' ';
    // Whole words only: "đ" must not match the start of "đồng" or "đã".
    if (/[\p{L}\d]/u.test(next) && /[\p{L}]$/u.test(w)) continue;
    return { end: p + w.length, value };
  }
  return null;
}

const NEXT_WORD = /[ \u00a0]([\p{Ll}][\p{L}]*)/uy;

/** The lower-case word right after `pos` (one space between), with its end offset. */
export function wordAfter(text: string, pos: number): { word: string; end: number } | null {
  NEXT_WORD.lastIndex = pos;
  const m = NEXT_WORD.exec(text);
  return m ? { word: m[1]!, end: pos + m[0].length } : null;
}
