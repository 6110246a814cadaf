import { VI_BODY_ANY, VI_BODY_PREDICATE, VI_BODY_START } from './directive-cues';

// A verb whose object is the next body named: the body before it sends or proposes to that one
// ("Bộ Y tế có văn bản gửi Sở Y tế ...", "Bộ Công Thương đề xuất Chính phủ cấm ...").
const TO_OBJECT = /(?<![\p{L}])(?:gửi|đề xuất|kiến nghị|đề nghị|trình|xin)(?![\p{L}])/u;

/**
 * A body named as the subject just before a cue, cut where its own predicate starts. When its
 * predicate runs on to another body, that one is the subject ("Theo đề nghị của Sở Y tế tại tờ
 * trình ngày 18/11, UBND TP chỉ đạo ...": UBND TP), unless the predicate sends or proposes to it.
 */
export function bodyBefore(tail: string): { name: string; at: number } | null {
  let offset = 0;
  let found: { name: string; at: number } | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const m = VI_BODY_START.exec(tail.slice(offset));
    if (!m) break;
    const name = m[0].replace(VI_BODY_PREDICATE, '').trim();
    if (!name) break;
    found = { name, at: offset + m.index };
    if (name.length >= m[0].trim().length) break;
    const rest = m[0].slice(name.length);
    const next = VI_BODY_START.exec(rest);
    if (next && TO_OBJECT.test(rest.slice(0, next.index))) break;
    offset += m.index + name.length;
  }
  return found;
}

/** The first body the text names ("Thanh tra Sở Xây dựng đã xử phạt ..." -> "Thanh tra Sở Xây dựng"). */
export function firstBodyIn(text: string): string | null {
  return VI_BODY_ANY.exec(text)?.[0].replace(VI_BODY_PREDICATE, '').trim() || null;
}
