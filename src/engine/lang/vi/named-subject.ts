import { VI_SPEECH_CUE_SCAN } from './cue-scans';
import { VI_TIME_ADVERBIAL } from './directive-cues';

// The clause before a request verb, as its subject: a capitalised name of a few words, an aside
// ("(VFF)") and adverbs allowed ("Bệnh viện Bạch Mai yêu cầu", "Liên đoàn Bóng đá Việt Nam (VFF)
// đề nghị"), and a unit's number closing its name ("Đội Quản lý thị trường số 3 yêu cầu", "Trạm
// Cảnh sát giao thông số 2").
const NAMED_SUBJECT =
  /^\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){1,7}?(?:\ssố\s\d+)?(?=(?:\s\([^()]{1,20}\))?(?:\s(?:đã|vừa|cũng|mới|tiếp tục|đồng thời))*\s*$)/u;

// An organisation written as its initials alone ("NHNN yêu cầu", "EVN đề nghị"): two capitals or more.
const ACRONYM_SUBJECT = /^\p{Lu}[\p{Lu}&-]*\p{Lu}(?=(?:\s(?:đã|vừa|cũng|mới|tiếp tục|đồng thời))*\s*$)/u;

// A time adverbial between the subject and its verb ("Nhà Trắng hôm qua kêu gọi", "Điện Kremlin
// ngày 5/4 yêu cầu"): it says when, it is no part of the name (and its digits hid the name).
const TIME_TAIL = new RegExp(`\\s(?:ngày|${VI_TIME_ADVERBIAL})(?![\\p{L}])[^,;:()]*$`, 'u');

/**
 * The organisation a request sentence opens on, named but not one of the bodies the cue lexicon
 * knows: its own request, not one the passage's last speaker made.
 */
export function namedSubject(before: string): string | null {
  const clause = before
    .slice(before.lastIndexOf(',') + 1)
    .trim()
    .replace(TIME_TAIL, '');
  if (!/\s\p{Lu}/u.test(clause)) return ACRONYM_SUBJECT.exec(clause)?.[0] ?? null;
  return NAMED_SUBJECT.exec(clause)?.[0] ?? null;
}

// A proper name capitalises each of its words' first syllable ("Tổ chức Y tế Thế giới"): two
// lower-case syllables in a row are a phrase of running text ("Tổ chức tốt Đại hội và ...").
const TWO_LOWER = /(?<![\p{L}])\p{Ll}[\p{L}-]*\s\p{Ll}/u;

/**
 * "Tổ chức Y tế Thế giới (WHO) khuyến cáo ...": a sentence that opens on an organisation's name and
 * goes on to its speech verb, with no comma between; the name's first word may read as a verb of a
 * run of orders ("Tổ chức hội nghị ..."), but the name is the subject. Null when no such name opens it.
 */
export function speakingSubject(s: string): string | null {
  for (const cue of VI_SPEECH_CUE_SCAN.all(s)) {
    const before = s.slice(0, cue.index);
    const name = before.includes(',') ? null : namedSubject(before);
    return name && !TWO_LOWER.test(name) ? name : null;
  }
  return null;
}
