import { VI_COMMON_SURNAMES, VI_SURNAMES } from '../lexicons/vi-surnames';
import { VI_PLACE_NAMES } from '../lexicons/vi-titles';
import type { Word } from './words';

const FOREIGN_WORD = /^[A-Za-z][A-Za-z'’-]*$/u;
// An unaccented word that is still a possible Vietnamese syllable ("Trung", "Minh") is not foreign.
const VI_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/iu;
const ACRONYM = /^[\p{Lu}\d&]{2,}$/u;

/** Words after which a title names its place before the person ("Tỉnh ủy", "UBND tỉnh", "thành phố", "TP."). */
const TITLE_PLACE_LEADS = new Set(['tỉnh', 'ủy', 'phố', 'tp', 'huyện', 'quận', 'xã', 'phường', 'trấn']);

const wordText = (text: string, w: Word): string => text.slice(w.start, w.end);
const isSurname = (text: string, w: Word | undefined): boolean =>
  w !== undefined && VI_SURNAMES.has(wordText(text, w));
const isCommonSurname = (text: string, w: Word | undefined): boolean =>
  w !== undefined && VI_COMMON_SURNAMES.has(wordText(text, w));
/** A known place of two or three syllables starts at word p ("Hà Nội", "Hồ Chí Minh"). */
const isPlacePair = (words: Word[], p: number): boolean => {
  const two = `${words[p]?.lower} ${words[p + 1]?.lower}`;
  return VI_PLACE_NAMES.has(two) || VI_PLACE_NAMES.has(`${two} ${words[p + 2]?.lower}`);
};

function noAcronym(text: string, words: Word[], from: number, to: number): boolean {
  for (let q = from; q <= to; q++) if (ACRONYM.test(wordText(text, words[q]!))) return false;
  return true;
}

/** True when word i starts a place-led run: after "tỉnh", "Tỉnh ủy", "thành phố", "TP." in a title. */
export function placeLedAt(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev || !TITLE_PLACE_LEADS.has(prev.lower)) return false;
  return !words[i]!.brk || (prev.lower === 'tp' && /^\.\s*$/u.test(words[i]!.gap));
}

/**
 * Name start in a place-led run [p, j]: a place is usually two syllables, so a surname two words
 * in is the likeliest start; a common surname at once ("UBND tỉnh Đỗ Thanh Tùng") comes next.
 */
function nameAfterPlace(text: string, words: Word[], p: number, j: number): number {
  const fits = (s: number, min: number) =>
    s <= j && j - s + 1 >= min && j - s + 1 <= 5 && isSurname(text, words[s]) && noAcronym(text, words, s, j);
  if (fits(p + 2, 2)) return p + 2;
  if (fits(p, 3) && isCommonSurname(text, words[p]) && !isPlacePair(words, p)) return p;
  if (fits(p + 1, 2) && isCommonSurname(text, words[p + 1])) return p + 1;
  if (fits(p + 3, 2)) return p + 3;
  return j + 1;
}

/**
 * The name at the end of a capitalised run [i, j]: a surname and 1–4 more syllables, or a
 * foreign name (returned as -(start + 1)); j + 1 when the run holds no name.
 */
export function nameInRun(words: Word[], text: string, i: number, j: number): number {
  if (placeLedAt(words, i)) return nameAfterPlace(text, words, i, j);
  for (let q = i; q < j; q++) if (words[q]!.lower === 'tp') return nameAfterPlace(text, words, q + 1, j);
  for (let k = Math.min(5, j - i + 1); k >= 2; k--) {
    const s = j - k + 1;
    if (!isSurname(text, words[s]) || !noAcronym(text, words, s, j)) continue;
    // "Hà Nội Trần Sỹ Thanh": a known place before a full name is not part of it.
    if (k >= 4 && isPlacePair(words, s) && isSurname(text, words[s + 2])) return s + 2;
    return s;
  }
  let s = j + 1;
  while (s > i && FOREIGN_WORD.test(wordText(text, words[s - 1]!)) && j - s + 2 <= 4) s--;
  let foreignShaped = false;
  for (let q = s; q <= j; q++) if (!VI_SYLLABLE.test(wordText(text, words[q]!))) foreignShaped = true;
  if (s <= j && foreignShaped && !ACRONYM.test(wordText(text, words[s]!))) return -(s + 1);
  return j + 1;
}

/** Index of the first word of a Vietnamese personal name inside [from, to), or -1. */
export function nameWithin(text: string, words: Word[], from: number, to: number): number {
  for (let q = from; q + 1 < to; q++) {
    if (!words[q]!.cap || !isSurname(text, words[q])) continue;
    const next = words[q + 1]!;
    if (!next.cap || next.gap !== ' ' || isPlacePair(words, q)) continue;
    if (placeLedAt(words, q) && !isCommonSurname(text, words[q])) continue;
    if (noAcronym(text, words, q, q + 1)) return q;
  }
  return -1;
}
