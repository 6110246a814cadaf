import type { LanguagePack } from '../../lang/language-pack';
import type { Word } from '../../text/words';
import type { OfficialAnnotation } from '../../types';
import { findShortMentions, groupEntities, type OfficialEntity, toAnnotation } from './entities';

export interface OfficialsResult {
  annotations: OfficialAnnotation[];
  entities: OfficialEntity[];
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
  // One flag per character: O(1) overlap checks instead of scanning every span.
  const mask = new Uint8Array(text.length + 1);
  for (const s of spans) mask.fill(1, s.start, s.end);
  const covered = (start: number, end: number) => mask[start] === 1 || mask[end - 1] === 1;
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
