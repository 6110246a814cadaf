import type { Sentence } from '../../../src/engine/text/sentences';
import type { Word } from '../../../src/engine/text/words';
import type { OfficialAnnotation } from '../../../src/engine/types';
import { enDirectiveFeatures, enFeatureContext } from './en-features';
import { viDirectiveFeatures } from './vi-features';

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
  /** Which sentences to read (by index); the others get null. All when absent. */
  need?: (i: number) => boolean,
): Array<string[] | null> {
  const base = { text, officials, prevColon: false, prevDirective: false };
  const en = lang === 'en' ? enFeatureContext(base, words) : null;
  const out: Array<string[] | null> = [];
  let prev: Sentence | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    // Context from the sentence before, as long as it stands right before this one.
    const adjacent = prev !== null && text.slice(prev.end, sentence.start).trim() === '';
    const ctx = en ?? base;
    ctx.prevColon = adjacent && text[prev!.end - 1] === ':';
    ctx.prevDirective = adjacent && ruleStarts.has(prev!.start);
    prev = sentence;
    if (sentence.kind === 'caption' || sentence.kind === 'heading' || (need && !need(i))) {
      out.push(null);
      continue;
    }
    const s = text.slice(sentence.start, sentence.end);
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
