import { VI_CUE_DENIED, VI_CUE_NOUN_BEFORE, VI_CUE_QUESTION } from './directive-cues';

/**
 * Request verbs that order whoever their subject is ("nước này đã yêu cầu Jordan hỗ trợ",
 * "Phía Mỹ đề nghị ..."): the guidelines count a request or a call by anyone but a private party.
 */
export const VI_REQUEST_VERBS = ['yêu cầu', 'đề nghị', 'kiến nghị', 'kêu gọi'];
const REQUEST = new RegExp(`(?<![\\p{L}])(?:${VI_REQUEST_VERBS.join('|')})(?![\\p{L}])`, 'gu');
/** A request verb read as a noun: "các yêu cầu", "phê chuẩn đề nghị của", "Gửi kiến nghị tới". */
const NOUN_BEFORE =
  /(?:^|\s)(?:mọi|một|mỗi|ngoài|gửi|nhận|phê chuẩn|tiếp nhận|xem xét|trả lời|giải quyết|là|đúng|theo)\s$/u;
const NOUN_AFTER = /^\s*(?:của|này|đó|trên|nêu trên|được|là|về|tới|đến|nói trên)(?![\p{L}])/u;
/** Private parties whose requests the guidelines leave optional: voters, residents, traders, defendants. */
const PRIVATE_PARTIES =
  'cử tri|người dân|tiểu thương|hộ dân|phụ huynh|bị cáo|bị hại|luật sư|nhà đầu tư|khách hàng|người lao động|' +
  'công nhân|gia đình|nhiều ý kiến|ý kiến|nguyên đơn|bị đơn|bạn đọc|độc giả';
const PRIVATE = new RegExp(`(?:^|[\\s,;:])(?:${PRIVATE_PARTIES}|tôi|chúng tôi|em|cháu)(?![\\p{L}])`, 'u');
/**
 * A private party closing the clause before a cue is its subject, whoever the sentence names
 * earlier: "cử tri xã X đề nghị ...", and a reporter's question ("câu hỏi của phóng viên đề nghị
 * cho biết ...").
 */
export const VI_PRIVATE_AGENT = new RegExp(
  `(?:^|[\\s,;:])(?:${PRIVATE_PARTIES}|phóng viên|nhà báo|câu hỏi)(?:\\s[^\\s,;:]+){0,3}\\s$`,
  'u',
);

/**
 * Who is asked, right after the verb: a name, a body, a group ("các", "người dân"), "cho" or "hai
 * bên". Without one, "Kế hoạch đề nghị mở rộng ..." is a noun phrase, not a request.
 */
const ADDRESSEE_AFTER =
  /^\s*(?:\p{Lu}|(?:các|mọi|những|từng|mỗi|cơ quan|đơn vị|địa phương|người|lực lượng|ngành|bộ|sở|chính quyền|chính phủ|doanh nghiệp|nhà|hai bên|phía|công an|cho|tòa|toà|ông|bà|học sinh|sinh viên|thí sinh|cán bộ|tổ chức|cá nhân|hộ|chủ|nhân viên|giáo viên|công chức|viên chức|tài xế|lái xe|trưởng|hiệu trưởng|bệnh viện|trường)(?![\p{L}]))/u;

/** The offset of a request verb used as a verb by a party that is not private, or -1. */
export function requestAt(s: string, lower: string): number {
  for (const m of lower.matchAll(REQUEST)) {
    if (!ADDRESSEE_AFTER.test(s.slice(m.index + m[0].length))) continue;
    const before = lower.slice(0, m.index);
    const tail = before.slice(-40);
    const after = lower.slice(m.index + m[0].length);
    if (VI_CUE_NOUN_BEFORE.test(tail) || NOUN_BEFORE.test(tail) || NOUN_AFTER.test(after)) continue;
    if (VI_CUE_DENIED.test(tail) || VI_PRIVATE_AGENT.test(tail) || VI_CUE_QUESTION.test(after)) continue;
    // The subject may stand in an earlier clause ("..., cử tri xã X phản ánh ..., đề nghị ...").
    if (PRIVATE.test(before)) continue;
    return m.index;
  }
  return -1;
}
