import type { OfficialEntity } from '../../analyze/officials/entities';
import { titleAgent } from './title-agent';

// A verb of saying after the named official, and the clause it reports.
const REPORTS =
  /(?<![\p{L}])(?:cho biết|cho hay|thông báo|khẳng định|nói|tiết lộ)(?:\s+rằng)?[\s,:]+(?=\S)/gu;

/**
 * "Người phát ngôn Nhà Trắng X cho biết Tổng thống yêu cầu Quốc hội ...": the official named first
 * reports an order another office gave; the title closing the reported clause is the agent (its
 * holder when the article names one). `between`: the text from the named official's end to the verb.
 * Null when no saying verb stands there, or no title closes the clause after it.
 */
export function reportedTitle(between: string, entities: OfficialEntity[]): string | null {
  let end = -1;
  for (const m of between.matchAll(REPORTS)) end = m.index + m[0].length;
  if (end < 0) return null;
  return titleAgent(between.slice(end), entities);
}
