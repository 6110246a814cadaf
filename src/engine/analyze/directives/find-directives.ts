import { splitSentences } from '../../text/sentences';
import type { DirectiveAnnotation, Lang, OfficialAnnotation, TextBlock } from '../../types';
import type { OfficialEntity } from '../officials/entities';
import { findEnDirectives } from './find-en';
import { findViDirectives } from './find-vi';

/** Directive sentences with their issuer, per the guidelines (one annotation spans one sentence). */
export function findDirectives(
  text: string,
  lang: Lang,
  blocks: TextBlock[],
  officials: OfficialAnnotation[],
  entities: OfficialEntity[],
): DirectiveAnnotation[] {
  const sentences = splitSentences(text, blocks);
  const found =
    lang === 'vi'
      ? findViDirectives(text, sentences, officials, entities)
      : findEnDirectives(text, sentences, officials);
  return found.map((d) => ({
    kind: 'directive',
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    issuer: d.issuer,
  }));
}
