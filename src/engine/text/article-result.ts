import { MAX_ANALYZED_CHARS } from '../limits';
import type {
  AnalyzerInput,
  AnnotateResult,
  AnnotateTimings,
  Annotation,
  FoundArticle,
  Lang,
  TextBlock,
  TextModel,
} from '../types';

/**
 * The parts of annotateDocument that need no analyzer: what the analyzers read and how their
 * findings become the engine's result. Apart from annotate.ts so that the page's content
 * script, which sends the text to the background for analysis, does not carry the analyzers.
 */

/** The start of the article text its language is told from. */
export const LANGUAGE_SAMPLE_CHARS = 4_000;

export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
export const round = (ms: number): number => Math.round(ms * 100) / 100;

/** The analyzers' input: whole blocks up to MAX_ANALYZED_CHARS (at least the first block). */
export function analyzerInput(
  text: string,
  blocks: TextBlock[],
  lang: Lang,
): AnalyzerInput & { truncated: boolean } {
  if (text.length <= MAX_ANALYZED_CHARS) return { text, lang, blocks, truncated: false };
  let count = 1;
  while (count < blocks.length && blocks[count]!.end <= MAX_ANALYZED_CHARS) count++;
  const kept = blocks.slice(0, count);
  return { text: text.slice(0, kept.at(-1)!.end), lang, blocks: kept, truncated: true };
}

/** What the analyzers found in an article's text, within the engine's limits. */
export interface TextAnalysis {
  annotations: Annotation[];
  truncated: boolean;
}

/** The engine's result for an article, from its parts (shared by the page's stepwise run). */
export function articleResult(
  found: FoundArticle,
  model: TextModel,
  lang: Lang,
  analysis: TextAnalysis,
  timings: AnnotateTimings,
): AnnotateResult {
  const { blocks: _, ...metadata } = found;
  return {
    article: { ...metadata, lang, text: model.text },
    annotations: analysis.annotations,
    timings,
    model,
    truncated: analysis.truncated,
  };
}

/** The engine's result for a page that is not an article. */
export function notArticleResult(found: FoundArticle, articleMs: number): AnnotateResult {
  const { blocks: _, ...metadata } = found;
  const timings = { articleMs: round(articleMs), textMs: 0, analyzeMs: 0, totalMs: round(articleMs) };
  return { article: { ...metadata, text: '' }, annotations: [], timings, model: null, truncated: false };
}
