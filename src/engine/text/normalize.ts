/**
 * Text folding for comparisons (the guidelines' matching rules): NFC, white space folded to one
 * space, and the old/new Vietnamese tone-mark placements ("hoà"/"hòa", "uỷ"/"ủy") made equal.
 */

// Old-style placement puts the tone on the second vowel of oa/oe/uy; the new style on the first.
// We fold both to the new style by moving the tone from the second vowel to the first.
const TONED: Record<string, [string, string]> = {};
const BASES: Array<[string, string, string]> = [
  // [pair first vowel, second vowel base, toned second vowels (acute grave hook tilde dot)]
  ['o', 'a', 'áàảãạ'],
  ['o', 'e', 'éèẻẽẹ'],
  ['u', 'y', 'ýỳỷỹỵ'],
];
const TONED_FIRST: Record<string, string> = { o: 'óòỏõọ', u: 'úùủũụ' };
for (const [first, second, toned] of BASES) {
  for (let i = 0; i < toned.length; i++) {
    TONED[first + toned[i]] = [TONED_FIRST[first]![i]!, second];
  }
}
const OLD_PLACEMENT = /([oOuU])([áàảãạéèẻẽẹýỳỷỹỵ])(?![\p{L}])/gu;

/** Moves a tone mark from the second vowel of a final oa/oe/uy onto the first ("hoà" -> "hòa"). */
export function foldToneMarks(text: string): string {
  return text.replace(OLD_PLACEMENT, (whole, first: string, second: string) => {
    const fix = TONED[first.toLowerCase() + second];
    if (!fix) return whole;
    const moved = first === first.toLowerCase() ? fix[0] : fix[0].toUpperCase();
    return moved + fix[1];
  });
}

/** NFC + folded white space + tone-mark placement: the form the guidelines compare. */
export function normalizeForMatch(text: string): string {
  return foldToneMarks(text.normalize('NFC').replace(/\s+/gu, ' ').trim());
}
