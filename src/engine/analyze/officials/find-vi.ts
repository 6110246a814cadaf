import {
  VI_PLACE_NAMES,
  VI_TITLE_BREAKER_PAIRS,
  VI_TITLE_BREAKERS,
  VI_TITLE_HEADS,
  VI_TITLE_MODIFIERS,
} from '../lexicons/vi-titles';
import type { Mention } from './mention';
import { PhraseSet } from './phrase-set';
import { nameInRun, nameWithin } from './vi-names';
import { breaksBefore, type Word } from './words';

const HEADS = new PhraseSet(VI_TITLE_HEADS);
const MODIFIERS = new PhraseSet(VI_TITLE_MODIFIERS);
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
]);
const MAX_TITLE_WORDS = 14;

/** Length of a title (modifiers + head) starting at word i, or 0. */
export function viTitleAt(words: Word[], lower: string[], i: number): number {
  const direct = HEADS.matchAt(lower, i);
  if (direct && words[i]!.cap) return direct;
  let k = i;
  for (let guard = 0; guard < 3; guard++) {
    const mod = MODIFIERS.matchAt(lower, k);
    if (!mod || breaksBefore(words, k + mod)) break;
    k += mod;
  }
  const head = HEADS.matchAt(lower, k);
  if (!head) return 0;
  if (!words[i]!.cap && !MODIFIERS.matchAt(lower, i)) return 0;
  return k - i + head;
}

/**
 * Index of the earliest title start in [from, to) whose words up to `to` hold no breaker and no
 * other person's name (a title chain stops at a name: "Bộ trưởng X Phạm Thị Lan, Thứ trưởng ...").
 */
function titleStartBefore(text: string, words: Word[], lower: string[], from: number, to: number): number {
  for (let h = from; h < to; h++) {
    const len = viTitleAt(words, lower, h);
    if (!len) continue;
    let clean = to - h <= MAX_TITLE_WORDS;
    for (let q = h + len; q < to && clean; q++) if (isBreaker(lower, q)) clean = false;
    if (clean && nameWithin(text, words, h + len, to) < 0) return h;
  }
  return -1;
}

function isBreaker(lower: string[], q: number): boolean {
  return VI_TITLE_BREAKERS.has(lower[q]!) || VI_TITLE_BREAKER_PAIRS.has(`${lower[q]} ${lower[q + 1]}`);
}

function segmentStart(words: Word[], at: number, min: number): number {
  let b = at;
  while (b > min && !breaksBefore(words, b) && at - b < MAX_TITLE_WORDS) b--;
  return b;
}

/** Officials named in Vietnamese text with a title before or after the name. */
export function findViOfficials(text: string, words: Word[], lower: string[]): Mention[] {
  const out: Mention[] = [];
  const slice = (a: number, b: number) => text.slice(words[a]!.start, words[b]!.end);
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1]!.cap && words[j + 1]!.gap === ' ') j++;
    const runEnd = j;
    const found = nameInRun(words, text, i, j);
    i = runEnd;
    let a = found < 0 ? -found - 1 : found;
    const foreign = found < 0;
    if (a > runEnd) continue;
    const name = slice(a, runEnd);
    const prevLower = lower[a - 1] ?? '';
    // "đường Nguyễn Huệ" names a street, but "Chủ tịch UBND tỉnh Đỗ Thanh Tùng" a person (title first).
    const afterPlaceWord = PLACE_LEADS.has(prevLower) && !breaksBefore(words, a);
    if (VI_PLACE_NAMES.has(name.toLowerCase()) && prevLower !== 'tịch') continue;
    const titles: string[] = [];
    // Titles before the name: "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Ban ... Trương Thị Mai".
    let spanStart = words[a]!.start;
    if (!breaksBefore(words, a) || a === 0) {
      const b = segmentStart(words, a, 0);
      let h = titleStartBefore(text, words, lower, b, a);
      if (h >= 0) {
        titles.unshift(slice(h, a - 1));
        spanStart = words[h]!.start;
        for (;;) {
          const joinedByKiem = lower[h - 1] === 'kiêm' && !breaksBefore(words, h);
          const joinedByComma = /^\s*,\s*$/u.test(words[h]!.gap);
          if (!joinedByKiem && !joinedByComma) break;
          const segEnd = joinedByKiem ? h - 1 : h;
          const b2 = segmentStart(words, segEnd - 1, 0);
          // The joined title may follow other words of its clause ("Về phía tỉnh có Ủy viên ...").
          const h2 = titleStartBefore(text, words, lower, b2, segEnd);
          if (h2 < 0) break;
          titles.unshift(slice(h2, segEnd - 1));
          h = h2;
          spanStart = words[h]!.start;
        }
      }
    }
    if ((foreign || afterPlaceWord) && titles.length === 0) continue;
    // Titles after the name: "Nguyễn Văn A, Chủ tịch UBND tỉnh ..." / "ông X – Phó Giám đốc ...".
    const q = runEnd + 1;
    if (q < words.length && /^\s*[,–-]\s*$/u.test(words[q]!.gap)) {
      const len = viTitleAt(words, lower, q);
      if (len) {
        let e = q + len - 1;
        while (
          e + 1 < words.length &&
          !breaksBefore(words, e + 1) &&
          !isBreaker(lower, e + 1) &&
          e + 1 - q < MAX_TITLE_WORDS
        )
          e++;
        // A title that runs into a name is that person's ("Phạm Thị Lan, Thứ trưởng ... Hoàng Đức Minh").
        if (nameWithin(text, words, q, e + 1) < 0) titles.push(slice(q, e));
      }
    }
    if (titles.length === 0) continue;
    a = Math.max(a, 0);
    out.push({ start: spanStart, end: words[runEnd]!.end, name, titles });
  }
  return out;
}
