import type { OfficialEntity } from '../../analyze/officials/entities';
import { tokenize } from '../../text/words';
import { segmentStart, titleStartBefore } from './title-phrase';

// Between the title and the verb: adverbs ("cũng", "đã") and the title's own report of an order it
// gave ("Phó Thủ tướng cho biết đã giao ...").
const BETWEEN =
  /(?:[\s,]+(?:cũng|đã|vừa|mới|còn|tiếp tục|đồng thời|trực tiếp|cho biết|cho hay|thông báo|khẳng định|nói|rằng))+[\s,]*$/u;

/**
 * "Phó Thủ tướng yêu cầu", "Giám đốc Sở cũng đề nghị", "Tổng thống Pháp kêu gọi": the title that
 * closes the clause before an ordering verb, read with the officials analyzer's title grammar (its
 * heads, modifiers and breakers), and the person the article gives that title to, or the title as
 * written when it names nobody.
 */
export function titleAgent(before: string, entities: OfficialEntity[]): string | null {
  const tail = before.replace(BETWEEN, '');
  const lower: string[] = [];
  const words = tokenize(tail, lower);
  const n = words.length;
  if (n === 0 || /\S/u.test(tail.slice(words[n - 1]!.end))) return null;
  const from = segmentStart(words, lower, n - 1, 0);
  const h = titleStartBefore({ text: tail, words, lower }, from, n);
  if (h < 0) return null;
  const title = tail.slice(words[h]!.start, words[n - 1]!.end);
  const key = title.toLowerCase().replace(/\s+(?:tp|tỉnh|thành phố)$/u, '');
  const holder =
    entities.find((e) => e.titles.some((t) => t.toLowerCase().startsWith(key))) ??
    entities.find((e) => e.titles.some((t) => key.startsWith(t.toLowerCase())));
  return holder?.name ?? title;
}
