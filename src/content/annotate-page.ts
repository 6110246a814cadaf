import { findArticleSteps } from '../engine/article/find-article';
import {
  analyzerInput,
  articleResult,
  LANGUAGE_SAMPLE_CHARS,
  notArticleResult,
  now,
  round,
} from '../engine/text/article-result';
import { buildTextModelSteps } from '../engine/text/build-text-model';
import type { AnnotateResult } from '../engine/types';
import type { AnalyzeTextRequest } from '../shared/messages';
import type { RemoteAnalysis } from './analyze-client';
import { measurePageSize, type TooLarge } from './page-size';
import { withRetries } from './retry';
import { pause, runInSlices } from './yielding';

/** Runs the analyzers somewhere else (the background); null when it could not. */
export type RemoteAnalyzer = (request: AnalyzeTextRequest) => Promise<RemoteAnalysis | null>;

/** What was read of a page: the engine's result, or why there is none. */
export type PageReading =
  | { result: AnnotateResult; skipped: null }
  | { result: null; skipped: Exclude<TooLarge, null> | 'not-analysed' };

/**
 * annotateDocument's work, spread over short tasks with the same result: the page's size is
 * checked first, the article found and the text model built in slices, and the language told
 * and the analyzers run by `remote`, off this thread (never here: on a long article they would
 * hold the page for seconds). Starts with a pause: the task that called it has done its own work.
 */
export async function annotatePage(doc: Document, remote: RemoteAnalyzer): Promise<PageReading> {
  await pause();
  const tooLarge = await runInSlices(measurePageSize(doc));
  if (tooLarge) return { result: null, skipped: tooLarge };
  await pause();
  const t0 = now();
  const found = await runInSlices(findArticleSteps(doc));
  const t1 = now();
  if (!found.isArticle) return { result: notArticleResult(found, t1 - t0), skipped: null };
  await pause();
  const model = await runInSlices(buildTextModelSteps(found.blocks));
  const t2 = now();
  // The cut does not depend on the language: any value does for it.
  const { truncated: textCut, text, blocks } = analyzerInput(model.text, model.blocks, '');
  const request = {
    text,
    blocks,
    sample: model.text.slice(0, LANGUAGE_SAMPLE_CHARS),
    declaredLang: found.lang,
  };
  // A stopped service worker drops the port; asking again wakes it.
  const analysis = await withRetries(() => remote(request));
  if (!analysis) return { result: null, skipped: 'not-analysed' };
  const t3 = now();
  // The reply's task was spent reading it (thousands of annotations, structured-cloned): the
  // result is put together in the next.
  await pause();
  const timings = {
    articleMs: round(t1 - t0),
    textMs: round(t2 - t1),
    analyzeMs: round(t3 - t2),
    totalMs: round(t3 - t0),
  };
  const truncated = textCut || analysis.truncated;
  const result = articleResult(found, model, analysis.lang, { ...analysis, truncated }, timings);
  return { result, skipped: null };
}
