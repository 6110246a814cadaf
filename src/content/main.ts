import { annotateDocument } from '../engine/annotate';
import type { AnnotateResult, TextModel } from '../engine/types';
import { ext } from '../shared/browser-api';
import type { MessageReply } from '../shared/messages';
import { pageKey } from '../shared/page-url';
import { pageAnnotatedMessage } from './page-message';
import { PageWatch } from './page-watch';
import { HIGHLIGHT_NAMES, highlightApiAvailable, paintHighlights } from './paint-highlights';
import { clearReaderHighlights } from './paint-reader';
import { ReaderSession } from './reader-session';
import { SelectionUi } from './selection-ui';

const session = new ReaderSession();
/** What was last sent to the background, so a re-run with the same text and address sends nothing. */
let lastSent = '';
let running = false;
let runAgain = false;
let watch: PageWatch | null = null;

/** The element holding the whole article text: what the page watch observes. */
function articleContainer(model: TextModel): Node | null {
  const first = model.segments[0]?.node;
  const last = model.segments.at(-1)?.node;
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  return range.commonAncestorContainer;
}

function clearAutoHighlights(): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}

/** Sends the page and its automatic annotations, unless this run found the same text at the same address. */
async function storePage(result: AnnotateResult, url: string): Promise<void> {
  const sent = `${url}\n${result.article.text}`;
  if (sent === lastSent) return;
  lastSent = sent;
  const reply = (await ext.runtime.sendMessage(pageAnnotatedMessage(result, location.href))) as
    | MessageReply
    | undefined;
  if (reply && !reply.ok) console.warn(`Newsmark: ${reply.code}: ${reply.error}`);
}

async function annotateAndPaint(): Promise<void> {
  const result = annotateDocument(document);
  const url = pageKey(location.href);
  const painting = highlightApiAvailable();
  if (!result.article.isArticle || !result.model) {
    // Most pages a person visits are not news: nothing is painted, stored or watched.
    if (painting && lastSent) {
      clearAutoHighlights();
      clearReaderHighlights();
    }
    lastSent = '';
    await session.load(null, url);
    watch?.watch(null);
    return;
  }
  if (painting) paintHighlights(result.model, result.annotations);
  // The reader may select text as soon as the page is painted: the session takes the new text
  // model at once, while the page record is stored and the reader's rows are fetched.
  const loading = painting ? session.load(result.model, url) : Promise.resolve();
  const { segments } = result.model;
  watch?.watch(articleContainer(result.model), () => segments.every((segment) => segment.node.isConnected));
  await Promise.all([loading, storePage(result, url)]);
}

/** One run at a time; a change noticed during a run asks for exactly one more. */
async function run(): Promise<void> {
  if (running) {
    runAgain = true;
    return;
  }
  running = true;
  try {
    do {
      runAgain = false;
      await annotateAndPaint();
    } while (runAgain);
  } finally {
    running = false;
  }
}

const warn = (error: unknown): void => console.warn('Newsmark:', error);

new SelectionUi(document, session).listen();
watch = new PageWatch(window, () => {
  run().catch(warn);
});
run().catch(warn);
