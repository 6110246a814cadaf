import type { Runtime } from 'webextension-polyfill';
import type { TextAnalysis } from '../engine/text/article-result';
import type { Lang } from '../engine/types';
import { browser } from '../shared/browser-api';
import type { AnalyzeTextReply, AnalyzeTextRequest } from '../shared/messages';
import { ANALYZE_PORT } from '../shared/messages-content';

/** The background's findings: the annotations and the language it told the text is in. */
export type RemoteAnalysis = TextAnalysis & { lang: Lang };

/**
 * Asks the background to run the analyzers on the article text, so the page's main thread
 * never holds them. Resolves to null when the background could not answer (it was stopped
 * mid-way, or refused): the caller decides what to do without it.
 */
export function analyzeInBackground(request: AnalyzeTextRequest): Promise<RemoteAnalysis | null> {
  return new Promise((done) => {
    let port: Runtime.Port;
    try {
      port = browser.runtime.connect({ name: ANALYZE_PORT });
    } catch {
      done(null); // the extension was reloaded under this page
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      // Our own background's answer on our own port: its shape is AnalyzeTextReply.
      const reply = message as AnalyzeTextReply;
      port.disconnect();
      if (reply.ok) done({ lang: reply.lang, annotations: reply.annotations, truncated: reply.truncated });
      else {
        console.warn(`Newsmark: analysis failed: ${reply.error}`);
        done(null);
      }
    });
    port.onDisconnect.addListener(() => done(null));
    port.postMessage(request);
  });
}
