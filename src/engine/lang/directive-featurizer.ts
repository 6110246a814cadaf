import type { Sentence } from '../text/sentences';
import type { Word } from '../text/words';
import type { OfficialAnnotation } from '../types';
import { enDirectiveFeatures, enFeatureContext } from './en/directive-features';
import { viDirectiveFeatures } from './vi/directive-features';

/**
 * The learned directive scorer's features for every sentence the rules read, in order: null for
 * a sentence with no cue of its language (and for captions and headings, which the rules skip), so
 * the scorer judges only what the rules judged. The same function feeds training and the engine.
 */
export function directiveFeatures(
  lang: string,
  text: string,
  sentences: readonly Sentence[],
  officials: OfficialAnnotation[],
  words: readonly Word[],
  ruleStarts: ReadonlySet<number>,
): Array<string[] | null> {
  const base = { text, officials, prevColon: false, prevDirective: false };
  const en = lang === 'en' ? enFeatureContext(base, words) : null;
  const out: Array<string[] | null> = [];
  let prev: Sentence | null = null;
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    // Context from the sentence before, as long as it stands right before this one.
    const adjacent = prev !== null && text.slice(prev.end, sentence.start).trim() === '';
    const ctx = en ?? base;
    ctx.prevColon = adjacent && text[prev!.end - 1] === ':';
    ctx.prevDirective = adjacent && ruleStarts.has(prev!.start);
    prev = sentence;
    if (sentence.kind === 'caption' || sentence.kind === 'heading') {
      out.push(null);
      continue;
    }
    out.push(
      en
        ? enDirectiveFeatures(en, sentence, s)
        : lang === 'vi'
          ? viDirectiveFeatures(ctx, sentence, s)
          : null,
    );
  }
  return out;
}
