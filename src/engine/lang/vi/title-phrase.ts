import { PhraseSet } from '../../analyze/officials/phrase-set';
import { breaksBefore, type Word } from '../../text/words';
import { nameWithin } from './names';
import {
  VI_GIVE_OBJECTS,
  VI_HONORIFICS,
  VI_LOWER_RANKS,
  VI_NON_OFFICE_WORDS,
  VI_PUBLIC_BANK_NEXT,
  VI_TITLE_BREAKER_PAIRS,
  VI_TITLE_BREAKERS,
  VI_TITLE_HEADS,
  VI_TITLE_MODIFIERS,
} from './titles';

const HEADS = new PhraseSet(VI_TITLE_HEADS);
const MODIFIERS = new PhraseSet(VI_TITLE_MODIFIERS);
const NON_OFFICE = new PhraseSet(VI_NON_OFFICE_WORDS);
const PERSON_LEADS = new PhraseSet([...VI_HONORIFICS, ...VI_LOWER_RANKS]);
/** Last words of posts held "tại" a country: "Đại sứ Trung Quốc tại Việt Nam", "Tổng Lãnh sự ... tại". */
const POSTED_AT = new Set(['sứ', 'sự', 'diện']);
export const MAX_TITLE_WORDS = 14;

/** The words an analyzer pass reads: the text and its words (each with its folded lower-case form). */
export interface ViText {
  text: string;
  words: Word[];
}

/** The n words from i stand together: no punctuation between them ("Đảng, Ủy viên" are two phrases). */
function unbroken(words: Word[], i: number, n: number): boolean {
  for (let k = 1; k < n; k++) if (breaksBefore(words, i + k)) return false;
  return true;
}

/**
 * Some papers write titles in lower case ("ông X - giám đốc Trung tâm Dự báo ..."): a lower-case
 * head counts when a capitalised organisation or name follows it. A bare "đại biểu" is a delegate
 * to a meeting, not a member of the assembly.
 */
function namedAfter(words: Word[], i: number, n: number): boolean {
  const next = words[i + n];
  if (!next?.cap || next.brk) return false;
  return !(n === 2 && words[i]?.lower === 'đại' && words[i + 1]?.lower === 'biểu');
}

/** Length of a title (modifiers + head) starting at word i, or 0. */
export function viTitleAt(words: Word[], i: number): number {
  const direct = HEADS.matchAt(words, i);
  if (direct && (words[i]!.cap || namedAfter(words, i, direct)))
    return unbroken(words, i, direct) ? direct : 0;
  let k = i;
  for (let guard = 0; guard < 3; guard++) {
    const mod = MODIFIERS.matchAt(words, k);
    if (!mod || breaksBefore(words, k + mod)) break;
    k += mod;
  }
  const head = HEADS.matchAt(words, k);
  if (!head || !unbroken(words, k, head)) return 0;
  if (!words[i]!.cap && (!MODIFIERS.matchAt(words, i) || endsCompound(words, i))) return 0;
  return k - i + head;
}

// Words that "quyền" (acting) completes into a noun of their own: "chính quyền Tổng thống X" is the
// president's administration, "thẩm quyền", "chủ quyền" no acting office.
const QUYEN_COMPOUNDS = new Set(
  'chính ủy uỷ thẩm nhân chủ đặc toàn bản dân thực vương pháp giành trao lạm'.split(' '),
);

/** A lower-case "quyền" that ends a compound with the word before it. */
function endsCompound(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  return (
    words[i]!.lower === 'quyền' && prev !== undefined && !words[i]!.brk && QUYEN_COMPOUNDS.has(prev.lower)
  );
}

/**
 * True when word q ends a title phrase: a verb or connective ("cho biết", "mà", "tại"). Written
 * with a capital, the word belongs to an organisation's name ("Trung tâm Dự báo", "Ban Chỉ đạo").
 */
export function isBreaker(words: Word[], q: number, posted = false): boolean {
  if (words[q]?.cap) return false;
  const w = words[q]!.lower;
  if (VI_TITLE_BREAKERS.has(w)) {
    // "Chánh Văn phòng Nội các", "Đại sứ ... tại Việt Nam": here the word belongs to the title.
    if (w === 'các' && words[q - 1]?.lower === 'nội') return false;
    return !(w === 'tại' && posted);
  }
  if (w === 'giao' && words[q - 1]?.lower !== 'ngoại')
    return words[q + 1]?.cap === true || VI_GIVE_OBJECTS.has(words[q + 1]?.lower ?? '');
  // "Ban chỉ đạo": after "ban" the verb names the committee.
  return VI_TITLE_BREAKER_PAIRS.has(`${w} ${words[q + 1]?.lower}`) && words[q - 1]?.lower !== 'ban';
}

/**
 * True when the gap before word b is a comma inside an organisation's name: "Ban Chỉ đạo phòng,
 * chống dịch" (the fixed pair "phòng, chống" names one task), or between the portfolios a ministry
 * or a committee lists ("Văn hóa, Thể thao").
 */
function innerComma(words: Word[], b: number): boolean {
  if (!/^,\s*$/u.test(words[b]!.gap)) return false;
  if (words[b]?.lower === 'chống' && words[b - 1]?.lower === 'phòng') return true;
  // "Bộ Văn hóa, Thể thao và Du lịch", "Ủy ban Văn hóa, Giáo dục": a portfolio listed in a name.
  return words[b]!.cap && NAME_PORTFOLIOS.has(`${words[b - 2]?.lower} ${words[b - 1]?.lower}`);
}
const NAME_PORTFOLIOS: ReadonlySet<string> = new Set([
  'văn hóa',
  'văn hoá',
  'giáo dục',
  'thanh niên',
  'thiếu niên',
  'lao động',
]);

/** First word of the phrase segment holding word `at`, not before `min`. */
export function segmentStart(words: Word[], at: number, min: number): number {
  let b = at;
  while (b > min && (!breaksBefore(words, b) || innerComma(words, b)) && at - b < MAX_TITLE_WORDS) b--;
  return b;
}

/**
 * Index of the earliest title start in [from, to) whose words up to `to` hold no breaker and no
 * other person's name (a title chain stops at a name: "Bộ trưởng X Phạm Thị Lan, Thứ trưởng ...").
 */
export function titleStartBefore(t: ViText, from: number, to: number): number {
  const { words } = t;
  for (let h = from; h < to; h++) {
    const len = viTitleAt(words, h);
    if (!len) continue;
    const posted = POSTED_AT.has(words[h + len - 1]!.lower);
    let clean = to - h <= MAX_TITLE_WORDS;
    for (let q = h + len; q < to && clean; q++) if (isBreaker(words, q, posted)) clean = false;
    if (clean && nameWithin(t.text, words, h + len, to) < 0) return h;
  }
  return -1;
}

/** Start of an honorific or a rank that ends right before word a ("ông", "đồng chí", "Thượng tá"), or -1. */
export function personLeadBefore(words: Word[], a: number): number {
  for (const n of [2, 1]) {
    const u = a - n;
    if (u >= 0 && PERSON_LEADS.matchAt(words, u) === n && !breaksBefore(words, u + n)) return u;
  }
  return -1;
}

/**
 * A post outside public office (a company, a club, a brand): its words are in the title, unless
 * the post is in the Party ("Bí thư Đảng ủy Tập đoàn ..." is a Party post).
 */
export function isBusinessTitle(words: Word[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    if (words[q]?.lower === 'bí' && words[q + 1]?.lower === 'thư') return false;
    if (NON_OFFICE.matchAt(words, q)) return true;
    if (
      words[q]?.lower === 'ngân' &&
      words[q + 1]?.lower === 'hàng' &&
      !VI_PUBLIC_BANK_NEXT.has(words[q + 2]?.lower ?? '')
    )
      return true;
  }
  return false;
}

// Posts a company has as well as the state: with a brand in the title they are the company's.
const CORPORATE_HEADS = new Set(['chủ tịch', 'giám đốc', 'sáng lập', 'điều hành']);
const LATIN_BRAND = /^\p{Lu}[a-z]{4,}$/u;
const VI_SYLLABLE_SHAPE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/iu;

/**
 * A company's post named by its brand: "Tổng giám đốc Vietjet", "Chủ tịch Samsung Việt Nam". A
 * brand is one Latin word of five letters or more that is no Vietnamese syllable ("Vingroup",
 * "Masan"); public bodies are named in Vietnamese or by an acronym ("Chủ tịch Fed", "Tổng giám đốc
 * IMF"), and a country is no brand ("Chủ tịch Indonesia" is not written).
 */
function brandedPost(t: ViText, from: number, to: number, places: (q: number) => boolean): boolean {
  for (let q = from; q + 2 < to; q++) {
    if (!CORPORATE_HEADS.has(`${t.words[q]?.lower} ${t.words[q + 1]?.lower}`)) continue;
    // The organisation's name opens right after the post: "Chủ tịch Samsung Việt Nam".
    const w = t.text.slice(t.words[q + 2]!.start, t.words[q + 2]!.end);
    if (LATIN_BRAND.test(w) && !VI_SYLLABLE_SHAPE.test(w) && !places(q + 2)) return true;
  }
  return false;
}

/** A post outside public office, by its words or by a brand in its organisation's name. */
export function isBusinessPost(t: ViText, from: number, to: number, places: (q: number) => boolean): boolean {
  return isBusinessTitle(t.words, from, to) || brandedPost(t, from, to, places);
}
