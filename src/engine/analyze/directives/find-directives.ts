import type { LanguagePack } from '../../lang/language-pack';
import { splitSentences } from '../../text/sentences';
import type { Word } from '../../text/words';
import type { DirectiveAnnotation, OfficialAnnotation, TextBlock } from '../../types';
import type { OfficialEntity } from '../officials/entities';

/** Directive sentences with their issuer, per the guidelines (one annotation spans one sentence). */
export function findDirectives(
  text: string,
  pack: LanguagePack,
  blocks: TextBlock[],
  officials: OfficialAnnotation[],
  entities: OfficialEntity[],
  words: Word[],
): DirectiveAnnotation[] {
  const found = pack.findDirectives({
    text,
    blocks,
    officials,
    entities,
    words,
    sentences: (wanted) => splitSentences(text, blocks, wanted),
  });
  return found.map((d) => ({
    kind: 'directive',
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    issuer: d.issuer,
  }));
}
