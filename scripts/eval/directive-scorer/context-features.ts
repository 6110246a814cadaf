import type { Sentence } from '../../../src/engine/text/sentences';
import type { OfficialAnnotation } from '../../../src/engine/types';

/**
 * What the learned directive scorer reads of one sentence, besides its language's cue kinds: where
 * it stands (its block's kind, first in its block, after a colon, after a directive) and its shape.
 * Every feature is a KIND (never a word of a name or a site), so weights learned on one set of
 * pages say something about another.
 */
export interface SentenceContext {
  text: string;
  officials: OfficialAnnotation[];
  /** The previous sentence of the article ends with ':' (the lead-in of a task list). */
  prevColon: boolean;
  /** The rules found the previous sentence a directive (runs of orders). */
  prevDirective: boolean;
}

const QUOTE = /["“”]/u;

/** Official annotations that start inside the sentence (officials are sorted by start). */
export function officialsIn(officials: OfficialAnnotation[], from: number, to: number): OfficialAnnotation[] {
  const out: OfficialAnnotation[] = [];
  for (const o of officials) {
    if (o.start >= to) break;
    if (o.start >= from) out.push(o);
  }
  return out;
}

/** The language-independent features of a sentence, pushed onto `out`. */
export function contextFeatures(ctx: SentenceContext, sentence: Sentence, s: string, out: string[]): void {
  out.push(`kind:${sentence.kind}`);
  if (sentence.blockStart) out.push('block-start');
  if (ctx.prevColon) out.push('prev:colon');
  if (ctx.prevDirective) out.push('prev:directive');
  if (s.length < 60) out.push('len:short');
  else if (s.length > 280) out.push('len:long');
  if (QUOTE.test(s)) out.push('quote');
  if (/\?["”’']?$/u.test(s)) out.push('question');
  if (s.endsWith(':')) out.push('ends:colon');
  if (officialsIn(ctx.officials, sentence.start, sentence.end).length > 0) out.push('official');
}
