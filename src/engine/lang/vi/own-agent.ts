import type { Sentence } from '../../text/sentences';
import type { OfficialAnnotation } from '../../types';

/**
 * "Bộ trưởng Bộ Tài chính X cho biết bộ đã yêu cầu ...": an order whose agent is an official the
 * sentence itself names is that official's own, even inside a list of tasks a speaker gave: the
 * list's items task bodies ("Bộ Giao thông vận tải chỉ đạo ..."), they do not name the person acting.
 */
export function namesOwnAgent(
  issuer: string | null,
  sentence: Sentence,
  officials: OfficialAnnotation[],
): boolean {
  if (!issuer) return false;
  return officials.some((o) => o.start >= sentence.start && o.end <= sentence.end && o.name === issuer);
}
