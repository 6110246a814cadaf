import * as v from 'valibot';
import { analyzeText } from '../engine/annotate';
import { detectLanguage } from '../engine/text/detect-language';
import type { BlockKind } from '../engine/types';
import { browser } from '../shared/browser-api';
import { ANALYZE_PORT, type AnalyzeTextReply, AnalyzeTextRequestSchema } from '../shared/messages';

/**
 * Runs the analyzers for a content script's request: the page's main thread only finds the
 * article and paints, and a long analysis here blocks no tab. Never throws.
 */
export function analyzeRequest(message: unknown): AnalyzeTextReply {
  const parsed = v.safeParse(AnalyzeTextRequestSchema, message);
  if (!parsed.success) return { ok: false, error: `invalid request: ${parsed.issues[0]?.message ?? ''}` };
  const { text, sample, declaredLang } = parsed.output;
  const blocks = parsed.output.blocks.map((block) => ({ ...block, kind: block.kind as BlockKind }));
  try {
    const lang = detectLanguage(declaredLang, sample);
    return { ok: true, lang, ...analyzeText(text, blocks, lang) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Answers analysis requests on ANALYZE_PORT from this extension's content scripts only. */
export function listenForAnalysis(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ANALYZE_PORT) return;
    if (port.sender?.id !== browser.runtime.id || !port.sender.tab) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      port.postMessage(analyzeRequest(message));
    });
  });
}
