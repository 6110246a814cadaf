import { analyze } from './analyze/analyze';
import { findArticle } from './article/find-article';
import { buildTextModel } from './text/build-text-model';
import { detectLanguage } from './text/detect-language';
import type { AnnotateResult } from './types';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const round = (ms: number): number => Math.round(ms * 100) / 100;

/** Document -> { article, annotations }: the engine's one entry point, the same in the page and in Node. */
export function annotateDocument(doc: Document): AnnotateResult {
  const t0 = now();
  const found = findArticle(doc);
  const t1 = now();
  const { blocks, ...metadata } = found;
  if (!found.isArticle) {
    const timings = { articleMs: round(t1 - t0), textMs: 0, analyzeMs: 0, totalMs: round(t1 - t0) };
    return { article: { ...metadata, text: '' }, annotations: [], timings, model: null };
  }
  const model = buildTextModel(blocks);
  const lang = detectLanguage(metadata.lang, model.text);
  const t2 = now();
  const annotations = analyze({ text: model.text, lang, blocks: model.blocks });
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
  };
}
