import type { Runtime } from 'webextension-polyfill';
import type { AnnotateResult, TextModel } from '../engine/types';
import { browser } from '../shared/browser-api';
import { pageKey } from '../shared/page-url';
import { sendToBackground } from '../shared/send-to-background';
import { analyzeInBackground } from './analyze-client';
import { articleFinder } from './article-finder';
import { AutoPainter } from './auto-paint';
import { dispatchExtensionMessage } from './extension-messages';
import { HoverCard } from './hover-card';
import { pageAnnotatedParts } from './page-message';
import { PageWatch } from './page-watch';
import { highlightApiAvailable } from './paint-highlights';
import { clearReaderHighlights } from './paint-reader';
import { requestPaintSettings } from './paint-settings';
import { listenToPanel } from './panel-link';
import { ReaderSession } from './reader-session';
import { SelectionUi } from './selection-ui';
import { sendRecord } from './send-record';
import { translate } from './translate';
import { pause } from './yielding';

const session = new ReaderSession();
const painter = new AutoPainter();
const send = sendToBackground;
/** The reader's paint settings, asked for at the start (see start()). */
let paintSettingsReady: Promise<void> = Promise.resolve();
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

/**
 * Sends the page and its automatic annotations, unless this run found the same text at the
 * same address. They go in parts (send-record.ts); the background writes the whole record in one
 * transaction; a service worker stopped mid-write leaves the old rows and no reply, so the page
 * asks again until one comes.
 */
async function storePage(result: AnnotateResult, url: string): Promise<void> {
  const sent = `${url}\n${result.article.text}`;
  if (sent === lastSent) return;
  lastSent = sent;
  const href = location.href;
  const reply = await sendRecord(send, (set) => pageAnnotatedParts(result, href, set));
  if (!reply) {
    lastSent = ''; // the next run sends it again
    console.warn('Newsmark: the background did not answer; this page was not stored');
  } else if (!reply.ok) console.warn(`Newsmark: ${reply.code}: ${reply.error}`);
}

async function annotateAndPaint(): Promise<void> {
  const finder = await articleFinder();
  if (!finder) {
    console.warn('Newsmark: the article finder (content-finder.js) did not load');
    return;
  }
  const { result, skipped } = await finder.annotatePage(document, analyzeInBackground);
  if (skipped === 'not-analysed') console.warn('Newsmark: the background did not analyse this page');
  else if (skipped) console.info(`Newsmark: page left alone (too large: ${skipped})`);
  const url = pageKey(location.href);
  const painting = highlightApiAvailable();
  if (!result?.article.isArticle || !result.model) {
    // Most pages a person visits are not news: nothing is painted, stored or watched.
    if (painting && lastSent) {
      painter.clear();
      clearReaderHighlights();
    }
    lastSent = '';
    await session.load(null, url);
    watch?.watch(null);
    return;
  }
  const { model } = result;
  // Watched before the wait for the paint settings, so a paragraph loaded meanwhile is noticed.
  watch?.watch(articleContainer(model), () => model.segments.every((segment) => segment.node.isConnected));
  if (painting) {
    await paintSettingsReady;
    // The slices of the paint start in a task of their own, as does what follows them (the
    // last slice ends by handing every range to the browser).
    await pause();
    await painter.showInSlices(model, result.annotations);
    await pause();
  }
  // The reader may select text as soon as the page is painted: the session takes the new text
  // model at once, while the page record is stored and the reader's rows are fetched.
  const loading = painting ? session.load(model, url) : Promise.resolve();
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

/**
 * Every page pays for the script's start, article or not: the toolbar and the hover card
 * build their elements (and read their strings) only when first shown, and the page is read
 * from a later task on (the run starts after a pause, and annotatePage with another).
 */
function start(): void {
  // Asked first, answered while the engine runs: the first paint waits for it at most ~300 ms.
  if (highlightApiAvailable())
    paintSettingsReady = requestPaintSettings(send, (paint) => {
      painter.answered(paint);
      // The painter keeps a change notice that came before this answer; the reader's switch follows it.
      session.setPainting(painter.paint.reader !== false);
    });
  const ui = new SelectionUi(document, session);
  ui.listen();
  // Answers nothing (returns no promise), so the sender's channel closes at once.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): void => {
    dispatchExtensionMessage(message, sender.id, browser.runtime.id, {
      command: (action, colour) => ui.command(action, colour),
      readerAnnotationsChanged: () => session.reload().catch(warn),
      paintSettingsChanged: (paint) => {
        painter.change(paint);
        session.setPainting(paint.reader !== false);
      },
    });
  });
  // The side panel and popup (which page, reveal an item) and the card over automatic highlights.
  const card = new HoverCard(document, () => painter.painted, translate, browser.i18n.getUILanguage());
  if (highlightApiAvailable()) card.listen();
  listenToPanel(session, (range) => card.showForRange(range));
  // The page watch and the first run start in the next task: this one set up the reader's side
  // (its first calls into the extension API and into each listener's code are compiled here).
  pause().then(() => {
    watch = new PageWatch(window, () => {
      run().catch(warn);
    });
    run().catch(warn);
  }, warn);
}

// The script's evaluation (compiling it, its modules' tables, the extension API's bindings) is one
// task of the page and the start's first calls into the extension API another: on a cold start
// together they came within reach of the 50 ms of a long task on a busy machine.
pause().then(start, warn);
