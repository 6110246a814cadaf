import { analyze } from './analyze/analyze';
import { findArticle } from './article/find-article';
import { MAX_ANALYZED_CHARS, MAX_AUTO_ANNOTATIONS } from './limits';
import { buildTextModel } from './text/build-text-model';
import { detectLanguage } from './text/detect-language';
import type { AnalyzerInput, AnnotateResult, Lang, TextModel } from './types';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const round = (ms: number): number => Math.round(ms * 100) / 100;

/** The analyzers' input: whole blocks up to MAX_ANALYZED_CHARS (at least the first block). */
function analyzerInput(model: TextModel, lang: Lang): AnalyzerInput & { truncated: boolean } {
  if (model.text.length <= MAX_ANALYZED_CHARS)
    return { text: model.text, lang, blocks: model.blocks, truncated: false };
  let count = 1;
  while (count < model.blocks.length && model.blocks[count]!.end <= MAX_ANALYZED_CHARS) count++;
  const blocks = model.blocks.slice(0, count);
  return { text: model.text.slice(0, blocks.at(-1)!.end), lang, blocks, truncated: true };
}

/** Document -> { article, annotations }: the engine's one entry point, the same in the page and in Node. */
export function annotateDocument(doc: Document): AnnotateResult {
  const t0 = now();
  const found = findArticle(doc);
  const t1 = now();
  const { blocks, ...metadata } = found;
  if (!found.isArticle) {
    const timings = { articleMs: round(t1 - t0), textMs: 0, analyzeMs: 0, totalMs: round(t1 - t0) };
    return { article: { ...metadata, text: '' }, annotations: [], timings, model: null, truncated: false };
  }
  const model = buildTextModel(blocks);
  const lang = detectLanguage(metadata.lang, model.text);
  const t2 = now();
  const { truncated: textCut, ...input } = analyzerInput(model, lang);
  const all = analyze(input);
  const annotations = all.length > MAX_AUTO_ANNOTATIONS ? all.slice(0, MAX_AUTO_ANNOTATIONS) : all;
  const t3 = now();
  return {
    article: { ...metadata, lang, text: model.text },
    annotations,
    timings: {
      articleMs: round(t1 - t0),
      textMs: round(t2 - t1),
      analyzeMs: round(t3 - t2),
      totalMs: round(t3 - t0),
    },
    model,
    truncated: textCut || annotations.length < all.length,
  };
}
