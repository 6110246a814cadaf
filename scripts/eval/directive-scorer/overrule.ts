import { lastOfficialIn, mainOfficial } from '../../../src/engine/analyze/directives/issuer';
import type { FoundDirective } from '../../../src/engine/lang/language-pack';
import type { Sentence } from '../../../src/engine/text/sentences';
import type { Word } from '../../../src/engine/text/words';
import type { OfficialAnnotation } from '../../../src/engine/types';
import { directiveFeatures } from './featurize';
import { type DirectiveModel, scoredDecision } from './scorer';

/**
 * The rules' directives, overruled by the learned scorer where it is confident: a rejected
 * sentence with a cue is accepted above the model's acceptAbove, an accepted one dropped below its
 * dropBelow. An accepted sentence's issuer is the official it names, else the issuer of the
 * directive before it, else the article's main official (the rules' own fallbacks).
 */
export function overrule(
  model: DirectiveModel,
  lang: string,
  text: string,
  sentences: readonly Sentence[],
  found: FoundDirective[],
  officials: OfficialAnnotation[],
  words: readonly Word[],
): FoundDirective[] {
  const accepting = model.acceptAbove <= 1;
  const dropping = model.dropBelow > 0;
  if ((!accepting && !dropping) || sentences.length === 0) return found;
  const ruleStarts = new Set(found.map((d) => d.start));
  const features = directiveFeatures(lang, text, sentences, officials, words, ruleStarts, (i) =>
    ruleStarts.has(sentences[i]!.start) ? dropping : accepting,
  );
  const out: FoundDirective[] = [];
  let k = 0;
  let lastIssuer: string | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    // The rules' directives before this sentence (both lists are in text order).
    while (k < found.length && found[k]!.start < sentence.start) {
      lastIssuer = found[k]!.issuer ?? lastIssuer;
      k++;
    }
    const rule = found[k]?.start === sentence.start ? found[k]! : null;
    if (!scoredDecision(model, features[i] ?? null, rule !== null)) continue;
    out.push(
      rule ?? {
        start: sentence.start,
        end: sentence.end,
        issuer:
          lastOfficialIn(officials, sentence.start, sentence.end)?.name ??
          lastIssuer ??
          mainOfficial(officials),
      },
    );
  }
  return out;
}
