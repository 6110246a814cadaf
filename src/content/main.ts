import { annotateDocument } from '../engine/annotate';
import { ext } from '../shared/browser-api';
import type { MessageReply } from '../shared/messages';
import { pageAnnotatedMessage } from './page-message';
import { highlightApiAvailable, paintHighlights } from './paint-highlights';

async function run(): Promise<void> {
  const result = annotateDocument(document);
  // Most pages a person visits are not news: leave them as soon as the engine says so.
  if (!result.article.isArticle || !result.model) return;
  if (highlightApiAvailable()) paintHighlights(result.model, result.annotations);
  const reply = (await ext.runtime.sendMessage(pageAnnotatedMessage(result, location.href))) as
    | MessageReply
    | undefined;
  if (reply && !reply.ok) console.warn(`Newsmark: ${reply.code}: ${reply.error}`);
}

run().catch((error: unknown) => console.warn('Newsmark:', error));
