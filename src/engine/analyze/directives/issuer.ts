import type { OfficialAnnotation } from '../../types';

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
