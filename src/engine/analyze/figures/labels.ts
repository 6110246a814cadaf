import { VI_LABEL_PREDICATES } from '../../lang/vi/series-labels';
import { VI_SURNAMES } from '../../lang/vi/surnames';
import { capitalIn, wordCharAt } from './char-class';
import type { WordsBefore } from './context';

/**
 * Numbers that label rather than count: phone numbers and the number in a name ("Bệnh viện 108",
 * "Windows 11", "SEA Games 31"). The guidelines leave identifiers out of figures.
 */

// Subscriber numbers start with a trunk 0 and run to 9–11 digits in groups: "0912.345.678",
// "024.3825.1234", "(024) 3825 1234", "0243 825 1234". Amounts never start with 0 but "0,5".
const TRUNK_PHONE = /0\d{1,4}\)?(?:[ .-]?\d{2,4}){1,4}(?!\d|[.,]\d)/uy;
// Service numbers: "1900 6789", "1800.1234", "19001234" (no year is followed by four more digits).
const SERVICE_PHONE = /1[89]00(?:[ .]?\d{3,4})(?!\d|[.,]\d)/uy;
// International form: "+84 24 3825 1234", "+84912345678".
const INTL_PHONE = /\d{1,3}(?:[ .-]?\d{2,4}){2,5}(?!\d|[.,]\d)/uy;

// A code with a leading zero ("01234567", a candidate or account number): amounts never start with 0
// but before a decimal mark ("0,5"), and a trunk phone number is read above.
const ZERO_CODE = /0\d{3,}(?![\d.,]\d)/uy;

// A phone number printed with its middle hidden: "0912.xxx.xxx", "0123***456", "0988 *** 123".
const MASKED_PHONE =
  /0\d{2,4}(?:[ .-]?(?:\*{2,}|[xX]{2,}|\d{2,4}))*?[ .-]?(?:\*{2,}|[xX]{2,})(?:[ .-]?(?:\*{2,}|[xX]{2,}|\d{1,4}))*(?![\p{L}\d])/uy;

const digitsIn = (s: string): number => s.replace(/\D/gu, '').length;

/** The end of a phone number or a zero-led code starting at `pos`, or -1. */
export function phoneEnd(text: string, pos: number): number {
  const prev = text[pos - 1] ?? ' ';
  if (prev === '+') {
    INTL_PHONE.lastIndex = pos;
    const m = INTL_PHONE.exec(text);
    return m && digitsIn(m[0]) >= 9 ? pos + m[0].length : -1;
  }
  const c = text.charCodeAt(pos);
  if (c === 48) {
    TRUNK_PHONE.lastIndex = pos;
    const m = TRUNK_PHONE.exec(text);
    const n = m ? digitsIn(m[0]) : 0;
    if (m && n >= 9 && n <= 11) return pos + m[0].length;
    MASKED_PHONE.lastIndex = pos;
    const masked = MASKED_PHONE.exec(text);
    if (masked) return pos + masked[0].length;
    ZERO_CODE.lastIndex = pos;
    const code = ZERO_CODE.exec(text);
    return code ? pos + code[0].length : -1;
  }
  // "1800", "1900": the two zeros are looked at before the regex (most numbers starting 1 are no phone).
  if (c === 49 && text.charCodeAt(pos + 2) === 48 && text.charCodeAt(pos + 3) === 48) {
    SERVICE_PHONE.lastIndex = pos;
    const m = SERVICE_PHONE.exec(text);
    return m ? pos + m[0].length : -1;
  }
  return -1;
}

// Words that stay capitalised before a number that is still an amount or a date.
const NOT_NAME = new Set([
  'top',
  'ngày',
  'tháng',
  'năm',
  'quý',
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'đêm',
  'hôm',
]);
// A word with a capital right before the number ("Windows", "iPhone", "ASIAD"), not the first
// word of its sentence (there a capital says nothing: "Khoảng 500").
const NAME_BEFORE = /[\p{L}\d,)][ \u00a0]+([\p{L}\d]*\p{Lu}[\p{L}\d]*)[ \u00a0]$/u;
// Verbs that follow a named institution ("Bệnh viện 108 tiếp nhận", "SEA Games 31 tổ chức"),
// not nouns the number counts.
// "xăng RON 95 tăng 500 đồng": a price or index moving is the name's, not a count of anything.
const VERB_AFTER_NAME =
  /^[ \u00a0](?:tăng|giảm|tổ chức|tiếp nhận|diễn ra|khai mạc|bế mạc|ra mắt|thông báo|cho biết|hoạt động|tham gia|sử dụng|khởi công|hoàn thành|mở rộng|xâm phạm|vận hành|khánh thành|thông xe|đi vào|đưa vào|bắt đầu|kết thúc|cập cảng|hạ cánh|cất cánh)(?![\p{L}])/u;

const NEXT_WORD = /^[ \u00a0]([\p{L}]+)/u;

/** "Windows 11 chiếm 30%", "Ocean Park 3 quy mô": the name's own predicate (lang/vi lexicon) follows. */
function labelPredicateAfter(text: string, coreEnd: number): boolean {
  const w = NEXT_WORD.exec(text.slice(coreEnd, coreEnd + 16))?.[1];
  return w !== undefined && VI_LABEL_PREDICATES.has(w.toLowerCase());
}

/**
 * A number that ends a capitalised name mid-sentence is part of the name ("Windows 11", "iOS 17.2",
 * "SEA Games 31 tổ chức"): when it is bare (`bare`: nothing counted, no unit) or a verb follows it.
 */
export function endsName(text: string, start: number, coreEnd: number, bare: boolean): boolean {
  // The cheap test first: most numbers have no capitalised word right before them.
  if (!capitalWordBefore(text, start)) return false;
  if (
    !bare &&
    !VERB_AFTER_NAME.test(text.slice(coreEnd, coreEnd + 14)) &&
    !labelPredicateAfter(text, coreEnd)
  )
    return false;
  const m = NAME_BEFORE.exec(text.slice(nameBeforeFrom(text, start), start));
  return m !== null && !NOT_NAME.has(m[1]!.toLowerCase());
}

const spaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 0xa0;
};

/**
 * Where a match of NAME_BEFORE in the 40 characters before `start` can begin: at the character
 * before the spaces before the word that ends one space before `start`. The regex, anchored at
 * the end, tries every offset of what it is given: it is given the text from there.
 */
function nameBeforeFrom(text: string, start: number): number {
  const floor = Math.max(0, start - 40);
  let i = start - 2;
  while (i >= floor && wordCharAt(text, i)) i--;
  while (i >= floor && spaceAt(text, i)) i--;
  return Math.max(floor, i);
}

/** Cheap test before NAME_BEFORE: the word before the spaces ending at `start` holds a capital. */
function capitalWordBefore(text: string, start: number): boolean {
  let i = start - 1;
  if (!spaceAt(text, i)) return false;
  while (i >= 0 && spaceAt(text, i)) i--;
  const end = i + 1;
  while (i >= 0 && end - i <= 40 && wordCharAt(text, i)) i--;
  return capitalIn(text, i + 1, end);
}

/** The start of the line holding `pos` when `pos` is at most `within` characters into it, else -1. */
function lineStartWithin(text: string, pos: number, within: number): number {
  for (let i = pos - 1; i >= pos - within - 1; i--) {
    if (i < 0) return 0;
    if (text.charCodeAt(i) === 10) return i + 1;
  }
  return -1;
}

// Streets are named after people (and Hanoi's "Hàng" guilds): "tại 35 Lê Duẩn", "ở 12/4 Hàng Bài".
const STREET_AFTER = /^\d{1,4}[A-Z]?(?:\/\d{1,4}[A-Z]?)*[ \u00a0](\p{Lu}\p{Ll}*)[ \u00a0]\p{Lu}/u;
const AT_WORDS = new Set(['tại', 'ở', 'nhà', 'chỉ']);

/** A house number after "tại"/"ở"/"địa chỉ" and before a street named for a person. */
export function streetNumber(text: string, pos: number, wordBefore: string): boolean {
  if (!AT_WORDS.has(wordBefore)) return false;
  const m = STREET_AFTER.exec(text.slice(pos, pos + 30));
  return m !== null && (VI_SURNAMES.has(m[1]!) || m[1] === 'Hàng');
}

// An item's number: "1. Tăng cường ..." opening a line or after a colon, or "(2)" inside a sentence.
// Also "1/ " and "1- " as Vietnamese documents write them (a date or a range has no space there).
const LINE_MARKER = /\d{1,2}[.)/-](?=[ \u00a0]+\p{L})/uy;
const PAREN_MARKER = /\d{1,2}\)/uy;

// A part of a series opening its line: "Bài 2: ...", "Kỳ 3 - ...", "Phần 1. ...", and the
// headings of enumerated groups, questions, examples and options ("Nhóm 1: ...", "Câu 3: ...",
// "Phương án 2: ...").
const SERIES_BEFORE =
  /^[ \t]*(?:Bài|Kỳ|Phần|Tập|Bước|Giai đoạn|Nhóm|Cặp|Câu|Ví dụ|Tình huống|Phương án|Trường hợp|Kịch bản|Giải pháp)[ \u00a0]$/u;
const SERIES_NUMBER = /\d{1,2}(?=[ \u00a0]?[:.–-][ \u00a0])/uy;

/** The end of a list item's or a series part's number at `pos` ("1. ", "2) ", "(3)", "Bài 2:"), or -1. */
export function listMarkerEnd(text: string, pos: number): number {
  // Looked for only as far back as a series word can stand: a long paragraph is not walked per number.
  const lineStart = lineStartWithin(text, pos, 14);
  if (lineStart >= 0 && SERIES_BEFORE.test(text.slice(lineStart, pos))) {
    SERIES_NUMBER.lastIndex = pos;
    const m = SERIES_NUMBER.exec(text);
    if (m) return pos + m[0].length;
  }
  let p = pos - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\u00a0' || text[p] === '\t')) p--;
  // Opening a line, or inline after a colon or semicolon ("gồm: 1. Rà soát ...; 2. Báo cáo ...").
  const opens = p < 0 || text[p] === '\n' || text[p] === ':' || text[p] === ';';
  const re = text[pos - 1] === '(' ? PAREN_MARKER : opens ? LINE_MARKER : null;
  if (!re) return -1;
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? pos + m[0].length : -1;
}

/**
 * "Công nghiệp 4.0", "Web 3.0": with the decimal comma, "N.0" is no number (a dot takes three
 * digits) and no date (no month 0), but a version.
 */
export function isVersion(digits: string, decimal: ',' | '.'): boolean {
  return decimal === ',' && /^\d{1,2}\.0$/u.test(digits);
}

// Counters of the page around the article ("Lượt xem: 1.234", "Bình luận (12)", "Chia sẻ 45"),
// closing their line or item ("Chia sẻ 3 bí quyết ..." opens a sentence instead), and "© 2024".
const COUNTER_BEFORE =
  /\|[ \t\u00a0]*(?:[Ll]ượt (?:xem|đọc|thích|chia sẻ)|[Bb]ình luận|[Cc]hia sẻ|[Tt]hích|[Vv]iews?|[Cc]omments?)[: \u00a0(]*$/u;
const COUNTER = /\d+(?:[.,]\d{3})*\)?(?=[ \u00a0]*(?:$|\n|\||·|•))/uy;
const COPYRIGHT = /©[ \u00a0]?$/u;

/** The end of a page counter or a copyright year at `pos`, or -1. */
export function furnitureEnd(text: string, pos: number): number {
  // COPYRIGHT reads "©" one or two characters back: looked at by code before slicing for it.
  const copyright = text.charCodeAt(pos - 1) === 0xa9 || text.charCodeAt(pos - 2) === 0xa9;
  if (copyright && COPYRIGHT.test(text.slice(Math.max(0, pos - 3), pos)))
    return pos + (/^\d+/u.exec(text.slice(pos, pos + 8))?.[0].length ?? 0);
  // A counter closes its line or item: most numbers, followed by a word, are refused before the
  // words before them are read.
  COUNTER.lastIndex = pos;
  if (!COUNTER.test(text)) return -1;
  const counterEnd = COUNTER.lastIndex;
  // The counter's words open their line or follow a "|" (a line start within 30 characters counts as one).
  const lineStart = lineStartWithin(text, pos, 30);
  const line = lineStart >= 0 ? `|${text.slice(lineStart, pos)}` : text.slice(Math.max(0, pos - 30), pos);
  return COUNTER_BEFORE.test(line) ? counterEnd : -1;
}

// A code written with a space beside its hyphen: "Covid - 19", "Covid -19", "SARS-CoV - 2",
// "MiG - 21". The word before the dash is a code, not a Vietnamese syllable or name ("anh Nam - 45 tuổi" is an age, "Hà
// Nội - 3" a place, "of -5" a negative): Latin letters only, and all capitals, a capital inside,
// or a capitalised word with an ending no Vietnamese syllable has.
const SPACED_CODE = /(?:^|[\s("“])([A-Za-z][A-Za-z-]*?)(?:[ \u00a0][-–][ \u00a0]?|[-–][ \u00a0])$/u;
const CODE_SHAPE = /^(?:[A-Z]{2,}|[A-Za-z]+[A-Z][A-Za-z-]*|[A-Z][a-z]*[bdfjklqrsvwxz])$/u;

/** Whether the number at `pos` ends a code written "Covid - 19": its digits belong to the name. */
export function spacedCodeNumber(text: string, pos: number): boolean {
  const m = SPACED_CODE.exec(text.slice(Math.max(0, pos - 24), pos));
  return m !== null && CODE_SHAPE.test(m[1]!) && /^\d{1,3}(?!\d|[.,]\d)/u.test(text.slice(pos, pos + 5));
}

// A craft named by a model or a registration code and a number: "tàu CSB 2012", "trực thăng Mi
// 171", "tàu cá KH - 95012 TS". The noun says a vessel, aircraft or vehicle; the capitalised code
// between says the number designates it (a measure after it is kept by the caller).
const CRAFT_CODE_BEFORE =
  /(?:^|[^\p{L}])(?:[Tt]àu(?:[ \u00a0](?:cá|ngầm|chiến|hộ vệ|khu trục|tuần tra|kiểm ngư|cảnh sát biển))?|[Mm]áy bay(?:[ \u00a0](?:chiến đấu|vận tải))?|[Tt]rực thăng|[Tt]iêm kích|[Tt]ên lửa|[Xx]e tăng)[ \u00a0]+[\p{L}]*\p{Lu}[\p{L}\d]*(?:[ \u00a0]?[-–])?[ \u00a0]*$/u;
// Vietnamese fishing vessels are registered "<province> <number> TS" (thủy sản).
const FISHING_REGISTRATION = /\d{3,6}[ \u00a0]?[-–]?[ \u00a0]?TS(?![\p{L}\d])/uy;

/** Whether the number at `pos` designates a craft ("tàu KN 390") or registers a fishing vessel. */
export function craftNumber(text: string, pos: number): boolean {
  FISHING_REGISTRATION.lastIndex = pos;
  if (FISHING_REGISTRATION.test(text)) return true;
  // Cheap test first: a capital in the word before the number (past spaces and a dash).
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '-' || text[i] === '–')) i--;
  if (i === pos - 1) return false;
  const end = i + 1;
  while (i >= 0 && end - i <= 12 && wordCharAt(text, i)) i--;
  if (!capitalIn(text, i + 1, end)) return false;
  const from = Math.max(0, pos - 48);
  return writesCraftLetter(text, from, pos) && CRAFT_CODE_BEFORE.test(text.slice(from, pos));
}

/**
 * Every craft noun of CRAFT_CODE_BEFORE holds one of these letters ("tàu", "máy bay", "trực
 * thăng", "tiêm kích", "tên lửa", "xe tăng"): a capitalised word before a number in English text
 * ("March 5", "Windows 11") is refused without running the regex over the 48 characters.
 */
function writesCraftLetter(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0xe0 || c === 0xe1 || c === 0x1ef1 || c === 0xea || c === 0x103) return true;
  }
  return false;
}

// A knockout round named by the share of the field left: "vòng 1/8" (last 16), "vòng 1/16";
// not the 1st of August, nor a ratio.
const KNOCKOUT_ROUND = /1\/(?:2|4|8|16|32|64)(?![\d/])/uy;

/** The end of a knockout round's name at `pos` after "vòng", or -1. */
export function knockoutRoundEnd(text: string, pos: number, wordBefore: string): number {
  if (wordBefore !== 'vòng') return -1;
  KNOCKOUT_ROUND.lastIndex = pos;
  const m = KNOCKOUT_ROUND.exec(text);
  return m ? pos + m[0].length : -1;
}

// "trực 24/7", "hỗ trợ 24/7": all day every day after a verb of service, not the 24th of July
// (a date there takes a lead: "ngày 24/7", "hôm 24/7").
const ROUND_THE_CLOCK_DATE = /24\/7(?![\d/])/uy;
const SERVICE_VERBS: ReadonlySet<string> = new Set([
  'trực',
  'túc trực',
  'hoạt động',
  'phục vụ',
  'hỗ trợ',
  'mở cửa',
  'làm việc',
  'vận hành',
  'giám sát',
  'theo dõi',
  'online',
  'trực tuyến',
]);

/** The end of "24/7" meaning round the clock at `pos`, or -1. */
export function roundTheClockEnd(text: string, pos: number, before: WordsBefore): number {
  // "24" first: hashing the pair of words before every number cost more than the rest of the test.
  if (text.charCodeAt(pos) !== 50 || text.charCodeAt(pos + 1) !== 52) return -1;
  if (!SERVICE_VERBS.has(before.one) && !SERVICE_VERBS.has(before.two)) return -1;
  ROUND_THE_CLOCK_DATE.lastIndex = pos;
  return ROUND_THE_CLOCK_DATE.test(text) ? pos + 4 : -1;
}
