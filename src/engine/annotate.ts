import { analyze } from './analyze/analyze';
import { findArticle } from './article/find-article';
import { MAX_AUTO_ANNOTATIONS } from './limits';
import {
  analyzerInput,
  articleResult,
  notArticleResult,
  now,
  round,
  type TextAnalysis,
} from './text/article-result';
import { buildTextModel } from './text/build-text-model';
import { detectLanguage } from './text/detect-language';
import type { AnnotateResult, Lang, TextBlock } from './types';

export type { TextAnalysis };

/**
 * Text model text and blocks -> annotations, capped by the engine's limits. Needs no DOM: the
 * page runs it in the background (off its main thread), Node runs it inside annotateDocument.
 */
export function analyzeText(text: string, blocks: TextBlock[], lang: Lang): TextAnalysis {
  const { truncated: textCut, ...input } = analyzerInput(text, blocks, lang);
  const all = analyze(input);
  const annotations = all.length > MAX_AUTO_ANNOTATIONS ? all.slice(0, MAX_AUTO_ANNOTATIONS) : all;
  return { annotations, truncated: textCut || annotations.length < all.length };
}

/** Document -> { article, annotations }: the engine's one entry point, the same in the page and in Node. */
export function annotateDocument(doc: Document): AnnotateResult {
  const t0 = now();
  const found = findArticle(doc);
  const t1 = now();
  if (!found.isArticle) return notArticleResult(found, t1 - t0);
  const model = buildTextModel(found.blocks);
  const lang = detectLanguage(found.lang, model.text);
  const t2 = now();
  const analysis = analyzeText(model.text, model.blocks, lang);
  const t3 = now();
  return articleResult(found, model, lang, analysis, {
    articleMs: round(t1 - t0),
    textMs: round(t2 - t1),
    analyzeMs: round(t3 - t2),
    totalMs: round(t3 - t0),
  });
}
