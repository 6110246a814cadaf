import type { LanguagePack } from '../../lang/language-pack';
import type { Word } from '../../text/words';
import type { OfficialAnnotation } from '../../types';
import { findShortMentions, groupEntities, type OfficialEntity, toAnnotation } from './entities';

export interface OfficialsResult {
  annotations: OfficialAnnotation[];
  entities: OfficialEntity[];
}

/**
 * Whether a position lies in one of the spans: their union as sorted disjoint runs, searched by
 * halves. A flag per character of the text (a typed array allocated and filled per page) cost
 * ~0.6% of the analyzers (perf19); a page has a few dozen spans.
 */
function coverage(spans: ReadonlyArray<{ start: number; end: number }>): (p: number) => boolean {
  const sorted = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && s.start <= ends[last]!) ends[last] = Math.max(ends[last]!, s.end);
    else {
      starts.push(s.start);
      ends.push(s.end);
    }
  }
  return (p) => {
    // The last run starting at or before p holds it if it ends after p.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && p < ends[lo - 1]!;
  };
}

/** Officials with their titles, one entity per person; every mention is highlighted. */
export function findOfficials(text: string, pack: LanguagePack, words: Word[]): OfficialsResult {
  const titled = pack.findTitledOfficials(text, words);
  const { entities, owner } = groupEntities(titled);
  pack.completeShortNames?.(text, words, entities);
  const spans: Array<{ start: number; end: number; entity: OfficialEntity }> = titled.map((m, i) => ({
    start: m.start,
    end: m.end,
    entity: owner[i]!,
  }));
  const inside = coverage(spans);
  const covered = (start: number, end: number) => inside(start) || inside(end - 1);
  spans.push(...findShortMentions(words, entities, pack, covered));
  spans.sort((a, b) => a.start - b.start);
  const annotations: OfficialAnnotation[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue;
    annotations.push(toAnnotation(text, s.start, s.end, s.entity));
    lastEnd = s.end;
  }
  return { annotations, entities };
}
