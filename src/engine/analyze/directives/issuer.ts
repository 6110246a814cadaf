import type { OfficialAnnotation } from '../../types';
import type { OfficialEntity } from '../officials/entities';

const VI_TITLE_TAIL =
  /(?:^|[\s,])((?:Phó |Quyền |nguyên )?(?:Thủ tướng|Chủ tịch|Bộ trưởng|Thứ trưởng|Tổng [Bb]í thư|Bí thư|Tổng [Tt]hư ký|Giám đốc|Cục trưởng|Chánh án|Viện trưởng|Thống đốc|Trưởng ban|Trưởng Ban)(?: [^\s,.;:]+){0,5})\s*$/u;

/** The official named last in [from, to), or null. */
export function lastOfficialIn(
  officials: OfficialAnnotation[],
  from: number,
  to: number,
): OfficialAnnotation | null {
  let found: OfficialAnnotation | null = null;
  for (const o of officials) {
    if (o.start >= to) break;
    if (o.start >= from) found = o;
  }
  return found;
}

/** "Phó Thủ tướng yêu cầu": the person who holds the title the agent names, or the title itself. */
export function resolveTitleAgent(before: string, entities: OfficialEntity[]): string | null {
  const m = VI_TITLE_TAIL.exec(before);
  if (!m) return null;
  const title = m[1]!.toLowerCase().replace(/\s+(?:tp|tỉnh|thành phố)$/u, '');
  const holder = entities.find((e) => e.titles.some((t) => t.toLowerCase().startsWith(title)));
  if (holder) return holder.name;
  const byHead = entities.find((e) => e.titles.some((t) => title.startsWith(t.toLowerCase())));
  return byHead ? byHead.name : m[1]!.trim();
}

/** The most mentioned official, the default speaker of an article's instructions. */
export function mainOfficial(officials: OfficialAnnotation[]): string | null {
  const counts = new Map<string, number>();
  for (const o of officials) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
