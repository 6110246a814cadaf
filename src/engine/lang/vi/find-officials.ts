import type { Mention } from '../../analyze/officials/mention';
import { breaksBefore, commaBefore, type Word } from '../../text/words';
import { nameInRun, nameWithin, placeAt } from './names';
import { VI_PLACE_NAMES } from './places';
import {
  isBreaker,
  isBusinessPost,
  MAX_TITLE_WORDS,
  personLeadBefore,
  segmentStart,
  titleStartBefore,
  type ViText,
  viTitleAt,
} from './title-phrase';

// Streets, schools and places are named after people: "đường Nguyễn Huệ", "trường Lê Quý Đôn".
const PLACE_LEADS = new Set([
  'tại',
  'ở',
  'sông',
  'đường',
  'phố',
  'cầu',
  'trường',
  'xã',
  'phường',
  'huyện',
  'quận',
  'tỉnh',
  'chợ',
  'hẻm',
  'ngõ',
  // A company's name: "Công ty Hoàng Anh Gia Lai, Phó Thủ tướng ..." gives the title to no one there.
  'ty',
]);

/** Whether word q opens a known place ("Singapore", "Indonesia"): a country is no brand. */
const placeWord =
  (t: ViText) =>
  (q: number): boolean =>
    placeAt(t.words, q, q) > 0;

interface Titles {
  titles: string[];
  /** First word of the chain, and of its last title (the one next to the name). */
  start: number;
  last: number;
}

/**
 * The title chain that ends right before word `end`, in the segment from `b`: one title, then
 * titles joined to it by a comma or "kiêm" ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, ...").
 */
function chainBefore(t: ViText, end: number, b: number, bound: number): Titles | null {
  const { words } = t;
  let h = titleStartBefore(t, b, end);
  if (h < 0 || isBusinessPost(t, h, end, placeWord(t))) return null;
  const slice = (x: number, y: number) => t.text.slice(words[x]!.start, words[y]!.end);
  const titles = [slice(h, end - 1)];
  const last = h;
  for (;;) {
    const joinedByKiem = words[h - 1]?.lower === 'kiêm' && !breaksBefore(words, h);
    if (!joinedByKiem && !commaBefore(words, h)) break;
    const segEnd = joinedByKiem ? h - 1 : h;
    if (segEnd - 1 < bound) break;
    const b2 = segmentStart(words, segEnd - 1, bound);
    // The joined title may follow other words of its clause ("Về phía tỉnh có Ủy viên ...").
    const h2 = titleStartBefore(t, b2, segEnd);
    if (h2 < 0 || isBusinessPost(t, h2, segEnd, placeWord(t))) break;
    titles.unshift(slice(h2, segEnd - 1));
    h = h2;
  }
  return { titles, start: h, last };
}

/**
 * Titles before a name: "Thường trực Ban Bí thư Trương Thị Mai", or a title that opens its clause
 * and an honorific or rank after the comma ("Chủ tịch UBND tỉnh, ông Đặng Văn A").
 */
function titlesBefore(t: ViText, a: number, bound: number, taken: number): Titles | null {
  const { words } = t;
  if (!breaksBefore(words, a) || a === 0) {
    const found = chainBefore(t, a, segmentStart(words, a, bound), bound);
    if (found) return found;
  }
  // The title after the previous name is that person's: "ông A, Giám đốc Sở, ông B" gives B none.
  const u = personLeadBefore(words, a);
  if (u <= Math.max(bound, taken) || !commaBefore(words, u)) return null;
  const b = segmentStart(words, u - 1, bound);
  const found = chainBefore(t, u, b, bound);
  return found && found.last === b ? found : null;
}

/**
 * Titles after a name: "Nguyễn Văn A, Chủ tịch UBND tỉnh ..." / "ông X – Phó Giám đốc ...", and
 * more joined by commas ("ông X, Tỉnh ủy viên, Giám đốc Sở ...").
 */
function titlesAfter(t: ViText, runEnd: number): { titles: string[]; next: number } {
  const { words } = t;
  const out: string[] = [];
  let q = runEnd + 1;
  let gap = /^\s*[,–-]\s*$/u;
  while (q < words.length && gap.test(words[q]!.gap) && out.length < 4) {
    const len = viTitleAt(words, q);
    if (!len) break;
    let e = q + len - 1;
    while (
      e + 1 < words.length &&
      !breaksBefore(words, e + 1) &&
      !isBreaker(words, e + 1) &&
      e + 1 - q < MAX_TITLE_WORDS
    )
      e++;
    // A title that runs into a name is that person's ("Phạm Thị Lan, Thứ trưởng ... Hoàng Đức Minh").
    if (nameWithin(t.text, words, q, e + 1) >= 0 || isBusinessPost(t, q, e + 1, placeWord(t))) break;
    out.push(t.text.slice(words[q]!.start, words[e]!.end));
    q = e + 1;
    gap = /^\s*,\s*$/u;
  }
  return { titles: out, next: q };
}

// An ordering verb right after a title, with no comma closing it, makes the title a subject.
const VERB_NEXT =
  /^(?:\s(?:cũng|đã|vừa|tiếp tục))*\s(?:yêu cầu|đề nghị|chỉ đạo|giao|kêu gọi|nhấn mạnh|lưu ý|kết luận)(?![\p{L}])/u;

/**
 * "Theo đề nghị của Bộ trưởng Bộ Y tế X, Thủ tướng yêu cầu ...": a person already titled before the
 * name, then a comma and a title that runs straight into an ordering verb: that title is the subject
 * of the next clause, not a second post of the person (an apposition closes with a comma, or the
 * person has no title before the name: "Ông X, Chủ tịch UBND huyện Y yêu cầu").
 */
function subjectOfNextClause(t: ViText, next: number): boolean {
  const last = t.words[next - 1];
  return last !== undefined && VERB_NEXT.test(t.text.slice(last.end, last.end + 40));
}

/** Officials named in Vietnamese text with a title before or after the name. */
export function findViOfficials(text: string, words: Word[]): Mention[] {
  const t: ViText = { text, words };
  const out: Mention[] = [];
  // A title chain never reaches back over the previous official's name.
  let bound = 0;
  let taken = 0;
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap) continue;
    const runStart = i;
    let j = i;
    while (j + 1 < words.length && words[j + 1]!.cap && words[j + 1]!.gap === ' ') j++;
    const runEnd = j;
    const found = nameInRun(words, text, i, j);
    i = runEnd;
    const a = found < 0 ? -found - 1 : found;
    const foreign = found < 0;
    if (a > runEnd) continue;
    const name = text.slice(words[a]!.start, words[runEnd]!.end);
    const prevLower = words[a - 1]?.lower ?? '';
    // "đường Nguyễn Huệ" names a street, but "Chủ tịch UBND tỉnh Đỗ Thanh Tùng" a person (title first).
    const afterPlaceWord = PLACE_LEADS.has(prevLower) && !breaksBefore(words, a);
    if (VI_PLACE_NAMES.has(name.toLowerCase()) && prevLower !== 'tịch') continue;
    let before = titlesBefore(t, a, bound, taken);
    // "Tổng giám đốc Vietjet", "Chủ tịch Microsoft Brad Smith": a foreign run that opens on a
    // brand right after a company's post names the company's officer, or only the company.
    if (before && foreign && isBusinessPost(t, before.last, a + 1, placeWord(t))) before = null;
    const titles = before?.titles ?? [];
    // An honorific marks a person, whatever the name looks like ("ông Agus Rianto, Phó ...").
    const honoured = personLeadBefore(words, a) >= 0;
    if (((foreign && !honoured) || afterPlaceWord) && titles.length === 0) continue;
    // A title after the name is an apposition only to a whole name: not to the end of a longer
    // capitalised run ("Cảng hàng không Tân Sơn Nhất, Phó Thủ tướng ...").
    const wholeName = a === runStart || honoured;
    const after = titles.length > 0 || wholeName ? titlesAfter(t, runEnd) : null;
    if (after && !(titles.length > 0 && subjectOfNextClause(t, after.next))) titles.push(...after.titles);
    if (titles.length === 0) continue;
    out.push({ start: words[before?.start ?? a]!.start, end: words[runEnd]!.end, name, titles });
    bound = runEnd + 1;
    taken = after?.next ?? bound;
  }
  return out;
}
