import type { OfficialEntity } from '../../analyze/officials/entities';
import { titleAgent } from './title-agent';

// A verb of saying after the named official, and the clause it reports.
const REPORTS =
  /(?<![\p{L}])(?:cho biết|cho hay|thông báo|khẳng định|nói|tiết lộ)(?:\s+rằng)?[\s,:]+(?=\S)/gu;

/**
 * "Người phát ngôn Nhà Trắng X cho biết Tổng thống yêu cầu Quốc hội ...": the official named first
 * reports an order another office gave, or proposed it ("Theo đề nghị của Bộ trưởng X, Thủ tướng
 * yêu cầu ..."); the title closing the clause the verb stands in is the agent (its holder when the
 * article names one). `between`: the text from the named official's end to the verb. Null when no
 * saying verb or comma stands there, or no title closes the clause after it.
 */
export function reportedTitle(between: string, entities: OfficialEntity[]): string | null {
  // "Theo đề nghị của Bộ trưởng X, Thủ tướng yêu cầu ...": a clause after a comma has its own subject.
  let end = between.lastIndexOf(',') + 1 || -1;
  for (const m of between.matchAll(REPORTS)) end = Math.max(end, m.index + m[0].length);
  if (end < 0) return null;
  return titleAgent(between.slice(end), entities);
}
