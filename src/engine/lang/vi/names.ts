import { PhraseSet } from '../../analyze/officials/phrase-set';
import { foldToneMarks } from '../../text/normalize';
import type { Word } from '../../text/words';
import { VI_PLACE_LIST } from './places';
import { VI_COMMON_SURNAMES, VI_SURNAMES } from './surnames';

const FOREIGN_WORD = /^[A-Za-z][A-Za-z'’-]*$/u;
// An unaccented word that is still a possible Vietnamese syllable ("Trung", "Minh") is not foreign.
const VI_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/iu;
const ACRONYM = /^[\p{Lu}\d&]{2,}$/u;
// Bodies news names by a short word written in mixed case, as it does an acronym ("Chủ tịch Fed
// Jerome Powell", "Tổng thư ký Interpol Jürgen Stock"): the title ends there, as at "IMF".
const ORG_SHORT_NAMES: ReadonlySet<string> = new Set(['Fed', 'Interpol', 'Europol', 'Frontex', 'Eurostat']);
const PLACES = new PhraseSet(VI_PLACE_LIST.map(foldToneMarks));

/** Words after which a title names its place before the person ("Tỉnh ủy", "UBND tỉnh", "thành phố", "TP."). */
const TITLE_PLACE_LEADS = new Set(['tỉnh', 'ủy', 'phố', 'tp', 'huyện', 'quận', 'xã', 'phường', 'trấn']);

const wordText = (text: string, w: Word): string => text.slice(w.start, w.end);

/**
 * Common nouns whose first syllable is a given name: after a surname-like word they name an
 * organisation, not a person ("Đoàn Thanh niên", "Đội Thiếu niên", "Quân đội Nhân dân").
 */
const ORG_COMPOUNDS = new Set(['thanh niên', 'thiếu niên', 'nhân dân', 'cựu chiến binh']);

/** True when the capitalised word j and the lower-case word after it make one of those nouns. */
function orgCompoundAt(words: Word[], j: number): boolean {
  const next = words[j + 1];
  return (
    next !== undefined &&
    !next.cap &&
    next.gap === ' ' &&
    ORG_COMPOUNDS.has(`${words[j]?.lower} ${words[j + 1]?.lower}`)
  );
}
const isSurname = (text: string, w: Word | undefined): boolean =>
  w !== undefined && VI_SURNAMES.has(wordText(text, w));
const isCommonSurname = (text: string, w: Word | undefined): boolean =>
  w !== undefined && VI_COMMON_SURNAMES.has(wordText(text, w));

/** Length of a known place ("Hà Nội", "Thái Lan", "Hồ Chí Minh") starting at word p and ending by word `last`, or 0. */
export function placeAt(words: ReadonlyArray<Word>, p: number, last: number): number {
  const n = PLACES.matchAt(words, p);
  return n && p + n - 1 <= last ? n : 0;
}

function noAcronym(text: string, words: Word[], from: number, to: number): boolean {
  for (let q = from; q <= to; q++) if (ACRONYM.test(wordText(text, words[q]!))) return false;
  return true;
}

/** Given names are Vietnamese syllables: "Thái Lan Srettha" is a country before a foreign name. */
function viSyllables(text: string, words: Word[], from: number, to: number): boolean {
  for (let q = from; q <= to; q++) {
    const w = wordText(text, words[q]!);
    if (FOREIGN_WORD.test(w) && !VI_SYLLABLE.test(w)) return false;
  }
  return true;
}

/** True when word i starts a place-led run: after "tỉnh", "Tỉnh ủy", "thành phố", "TP." in a title. */
export function placeLedAt(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev || !TITLE_PLACE_LEADS.has(prev.lower)) return false;
  return !words[i]!.brk || (prev.lower === 'tp' && /^\.\s*$/u.test(words[i]!.gap));
}

/**
 * Name start in a place-led run [p, j]: a known place is skipped; otherwise a place is usually
 * two syllables, so a surname two words in is the likeliest start; a common surname at once
 * ("UBND tỉnh Đỗ Thanh Tùng") comes next.
 */
function nameAfterPlace(text: string, words: Word[], p: number, j: number): number {
  const fits = (s: number, min: number) =>
    s <= j && j - s + 1 >= min && j - s + 1 <= 5 && isSurname(text, words[s]) && noAcronym(text, words, s, j);
  // "Thành ủy TP Hồ Chí Minh Nguyễn Văn A": "TP" leads the place, as "thành phố" would.
  if (words[p]!.lower === 'tp' && p < j) return nameAfterPlace(text, words, p + 1, j);
  // "TP.HCM Lê Văn A": an abbreviated place is one word.
  const known = ACRONYM.test(wordText(text, words[p]!)) ? 1 : placeAt(words, p, j - 1);
  if (known && fits(p + known, 2)) return p + known;
  if (fits(p + 2, 2)) return p + 2;
  if (fits(p, 3) && isCommonSurname(text, words[p]) && !placeAt(words, p, j)) return p;
  // "UBND tỉnh Nghiêm Xuân Cường", "UBND tỉnh Giàng A Tông": a run of exactly three words after the
  // level names no place before the person (a place is two words and a name no fewer), so a rarer
  // surname opens it too.
  if (j - p === 2 && fits(p, 3) && !placeAt(words, p, j) && viSyllables(text, words, p, j)) return p;
  if (fits(p + 1, 2) && isCommonSurname(text, words[p + 1])) return p + 1;
  if (fits(p + 3, 2)) return p + 3;
  return j + 1;
}

/** Start of a Vietnamese name of 2–5 words ending at j, from s0 on, or -1. */
function viNameStart(text: string, words: Word[], s0: number, j: number): number {
  for (let k = Math.min(5, j - s0 + 1); k >= 2; k--) {
    const s = j - k + 1;
    if (!isSurname(text, words[s]) || !noAcronym(text, words, s, j) || !viSyllables(text, words, s + 1, j))
      continue;
    // Five capitalised words are rarely one name: "Bệnh viện Bạch Mai Đào Xuân Cơ" ends in a
    // three-word one (not for compound surnames "Tôn Nữ ..." or Ê Đê names "Y Thanh Hà Niê Kđăm").
    const compound = VI_SURNAMES.has(`${wordText(text, words[s]!)} ${wordText(text, words[s + 1]!)}`);
    if (k === 5 && !compound && words[s]!.lower !== 'y' && isCommonSurname(text, words[s + 2])) return s + 2;
    return s;
  }
  return -1;
}

/**
 * The name at the end of a capitalised run [i, j]: a surname and 1–4 more syllables, or a
 * foreign name (returned as -(start + 1)); j + 1 when the run holds no name. Known places that
 * open the run are not part of it ("Hà Nội Trần Sỹ Thanh", "Indonesia Joko Widodo").
 */
export function nameInRun(words: Word[], text: string, i: number, j: number): number {
  // "Trung ương Đoàn Thanh niên ...": the run ends inside an organisation's name.
  if (orgCompoundAt(words, j)) return j + 1;
  if (placeLedAt(words, i)) return nameAfterPlace(text, words, i, j);
  for (let q = i; q < j; q++) if (words[q]!.lower === 'tp') return nameAfterPlace(text, words, q + 1, j);
  let s0 = i;
  for (let n = placeAt(words, s0, j - 1); n > 0; n = placeAt(words, s0, j - 1)) s0 += n;
  const vi = viNameStart(text, words, s0, j);
  if (vi >= 0) return vi;
  let s = j + 1;
  // A foreign name is up to four Latin words, none an acronym ("Phan Nam TP" is no name).
  while (s > s0 && FOREIGN_WORD.test(wordText(text, words[s - 1]!)) && j - s + 2 <= 4) s--;
  // "Tổng Giám đốc IMF Kristalina Georgieva": an organisation's acronym ends the title, and the
  // name starts after it.
  for (let q = j; q >= s; q--)
    if (ACRONYM.test(wordText(text, words[q]!)) || ORG_SHORT_NAMES.has(wordText(text, words[q]!))) {
      s = q + 1;
      break;
    }
  if (s > j) return j + 1;
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
    if (!next.cap || next.gap !== ' ' || placeAt(words, q, words.length)) continue;
    if (orgCompoundAt(words, q + 1)) continue;
    if (placeLedAt(words, q)) {
      // After "quận", "tỉnh": two capitalised words name the place ("quận Hoàng Mai"), not a person.
      const twoWords = !(words[q + 2]?.cap && words[q + 2]!.gap === ' ');
      if (twoWords || !isCommonSurname(text, words[q])) continue;
    }
    if (noAcronym(text, words, q, q + 1)) return q;
  }
  return -1;
}
