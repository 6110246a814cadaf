import { splitSentences } from '../../text/sentences';
import type { DirectiveAnnotation, Lang, OfficialAnnotation, TextBlock } from '../../types';
import type { OfficialEntity } from '../officials/entities';
import type { Word } from '../officials/words';
import { enTriggerOffsets, findEnDirectives } from './find-en';
import { type FoundDirective, findViDirectives } from './find-vi';

/** Directive sentences with their issuer, per the guidelines (one annotation spans one sentence). */
export function findDirectives(
  text: string,
  lang: Lang,
  blocks: TextBlock[],
  officials: OfficialAnnotation[],
  entities: OfficialEntity[],
  words: Word[],
): DirectiveAnnotation[] {
  let found: FoundDirective[];
  if (lang === 'vi') found = findViDirectives(text, splitSentences(text, blocks), officials, entities);
  else {
    // English cues all start with a trigger word: only blocks holding one are split and read.
    const triggers = enTriggerOffsets(words);
    if (triggers.length === 0) return [];
    let t = 0;
    const wanted = (block: TextBlock) => {
      while (t < triggers.length && triggers[t]! < block.start) t++;
      return t < triggers.length && triggers[t]! < block.end;
    };
    found = findEnDirectives(text, splitSentences(text, blocks, wanted), officials, triggers);
  }
  return found.map((d) => ({
    kind: 'directive',
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    issuer: d.issuer,
  }));
}
