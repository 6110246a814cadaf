/**
 * Who a directive is addressed to, where the sentence names them right after the ordering
 * verb: "yêu cầu Sở Xây dựng hoàn thành ..." -> "Sở Xây dựng", "ordered the agency to ..." ->
 * "the agency". Null when the words after the verb do not look like an addressee.
 */
const VI_VERB =
  /(?<![\p{L}])(?:yêu cầu|đề nghị|giao|chỉ đạo|đôn đốc|kêu gọi|giao nhiệm vụ cho|chỉ thị|lệnh cho|buộc)\s+/u;
/** Words that start the content of the order: the addressee ends before them. */
const VI_CONTENT =
  /\s(?:phải|cần|khẩn trương|chủ trì|phối hợp|tập trung|tiếp tục|rà soát|hoàn thành|triển khai|thực hiện|báo cáo|nghiên cứu|kiểm tra|xử lý|bảo đảm|đảm bảo|sớm|nhanh chóng|chủ động|quyết liệt|tăng cường|đẩy mạnh|có|làm|theo dõi|tổ chức|xây dựng|khắc phục|nâng cao|không)(?![\p{L}])/u;
const VI_ADDRESSEE_START = /^(?:\p{Lu}|các\s|những\s|mọi\s|toàn\s)/u;
const EN_VERB =
  /\b(?:ordered|order|orders|asked|asks|urged|urges|called on|calls on|instructed|instructs|directed|directs|told|tells|required|requires|requested|requests|demanded that|told)\s+/iu;
const MAX_WORDS = 8;

function clip(text: string): string | null {
  const cleaned = text.replace(/[,;:]+$/u, '').trim();
  const words = cleaned.split(/\s+/u).filter(Boolean);
  return words.length === 0 || words.length > MAX_WORDS ? null : cleaned;
}

export function findAddressee(sentence: string): string | null {
  const vi = VI_VERB.exec(sentence);
  if (vi) {
    const rest = sentence.slice(vi.index + vi[0].length);
    const end = rest.search(VI_CONTENT);
    const head = (end < 0 ? rest : rest.slice(0, end)).split(/[,;:.]/u)[0] ?? '';
    if (VI_ADDRESSEE_START.test(head)) return clip(head);
  }
  const en = EN_VERB.exec(sentence);
  if (en) {
    const rest = sentence.slice(en.index + en[0].length);
    const to = /\s(?:to|should|must|not to)\s/u.exec(rest);
    if (to) return clip(rest.slice(0, to.index));
  }
  return null;
}
