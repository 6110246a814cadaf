import type { OfficialEntity } from '../../analyze/officials/entities';
import { tokenize } from '../../text/words';
import { levelChair } from './level-chair';
import { shortNameHolder } from './short-name';
import { segmentStart, titleStartBefore } from './title-phrase';

// Between the title and the verb: adverbs ("cũng", "đã") and the title's own report of an order it
// gave ("Phó Thủ tướng cho biết đã giao ..."), and the dash closing a title set off after the name
// ("Ông X - Chủ tịch UBND huyện Y - yêu cầu"). Read on the last characters only.
const BETWEEN =
  /(?:[\s,]+(?:cũng|đã|vừa|mới|còn|tiếp tục|đồng thời|trực tiếp|cho biết|cho hay|thông báo|khẳng định|nói|rằng)|\s+[-–—])+[\s,]*$/u;
const BETWEEN_REACH = 48;
const CLAUSE_BREAKS = ',;:!?()"“”';
const BARE_HEAD = /^(?:phó )?(?:chủ tịch|bí thư|giám đốc|trưởng ban|chánh văn phòng)$/u;
// A body named after the office it serves or with a title word ("Ban Bí thư", "Văn phòng Chủ tịch
// nước", "Cục Lãnh sự", "Bộ Tư lệnh ..."): the title closing the clause is part of the body's name,
// and the body is the agent.
const OFFICE_BODY = /(?:^|\s)(?:Ban|Văn phòng|Phủ|Dinh|Bộ|Cục|Tổng cục|Vụ)\s$/u;

/** Where the last clause of `text` starts: after its last comma, colon, bracket or quote mark. */
function clauseStart(text: string): number {
  let i = text.length;
  while (i > 0 && !CLAUSE_BREAKS.includes(text[i - 1]!)) i--;
  return i;
}

/**
 * "Phó Thủ tướng yêu cầu", "Giám đốc Sở cũng đề nghị", "Tổng thống Pháp kêu gọi": the title that
 * closes the clause before an ordering verb, read with the officials analyzer's title grammar (its
 * heads, modifiers and breakers), and the person the article gives that title to, or the title as
 * written when it names nobody.
 */
export function titleAgent(before: string, entities: OfficialEntity[]): string | null {
  // Only the clause closing the text can hold the agent, and a title there has a capital.
  const cut = Math.max(0, before.length - BETWEEN_REACH);
  const trimmed = before.slice(0, cut) + before.slice(cut).replace(BETWEEN, '');
  const tail = trimmed.slice(clauseStart(trimmed));
  if (!/\p{Lu}/u.test(tail)) return null;
  const words = tokenize(tail);
  const n = words.length;
  if (n === 0 || /\S/u.test(tail.slice(words[n - 1]!.end))) return null;
  const from = segmentStart(words, n - 1, 0);
  const h = titleStartBefore({ text: tail, words }, from, n);
  if (h < 0 || OFFICE_BODY.test(tail.slice(0, words[h]!.start))) return null;
  const title = tail.slice(words[h]!.start, words[n - 1]!.end);
  // "Chủ tịch UBND tỉnh" is compared without its level ("chủ tịch ubnd"), but "Chủ tịch tỉnh" would
  // shrink to a bare head and match any chair the article names (a district's, the assembly's).
  const lower = title.toLowerCase();
  const stripped = lower.replace(/\s+(?:tp|tỉnh|thành phố)$/u, '');
  const key = BARE_HEAD.test(stripped) ? lower : stripped;
  const holder =
    entities.find((e) => e.titles.some((t) => t.toLowerCase().startsWith(key))) ??
    entities.find((e) => e.titles.some((t) => key.startsWith(t.toLowerCase())));
  return holder?.name ?? shortNameHolder(title, entities) ?? levelChair(title, entities) ?? title;
}
