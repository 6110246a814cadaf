import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWatch } from '../../../src/content/page-watch';

const HTML = '<!doctype html><body><nav>menu</nav><article><p>First paragraph.</p></article></body>';

let dom: JSDOM;
let reruns: number;

function setup(options = {}) {
  // pretendToBeVisual: a visible document (a hidden one is not watched).
  dom = new JSDOM(HTML, { url: 'https://news.example/story', pretendToBeVisual: true });
  const win = dom.window as unknown as Window;
  reruns = 0;
  const watch = new PageWatch(win, () => (reruns += 1), { debounceMs: 500, ...options });
  const article = win.document.querySelector('article')!;
  watch.watch(article);
  return { win, doc: win.document, article, watch };
}

function addParagraph(doc: Document, parent: Element, text: string): void {
  const p = doc.createElement('p');
  p.textContent = text;
  parent.append(p);
}

/** Lets the MutationObserver deliver its records (a microtask), then moves the clock. */
async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  dom?.window.close();
});

describe('PageWatch', () => {
  it('re-runs once, debounced, when the article grows', async () => {
    const { doc, article } = setup();
    addParagraph(doc, article, 'Lazy paragraph one.');
    await advance(200);
    addParagraph(doc, article, 'Lazy paragraph two.');
    await advance(400);
    expect(reruns).toBe(0);
    await advance(200);
    expect(reruns).toBe(1);
  });

  it('ignores changes outside the article, such as an element added to <html>', async () => {
    const { doc } = setup();
    addParagraph(doc, doc.querySelector('nav')!, 'More menu');
    doc.documentElement.append(doc.createElement('newsmark-toolbar'));
    await advance(2_000);
    expect(reruns).toBe(0);
  });

  it('stops after the cap of re-runs for one address', async () => {
    const { doc, article, watch } = setup({ maxReruns: 3 });
    for (let i = 0; i < 6; i++) {
      addParagraph(doc, article, `Paragraph ${i}`);
      await advance(600);
      watch.watch(article); // as the content script does after each run
    }
    expect(reruns).toBe(3);
  });

  it('re-runs after an in-page navigation and then watches <body> for the new story for a while', async () => {
    const { win, doc, watch } = setup({ navigationWatchMs: 5_000 });
    win.history.pushState({}, '', '/next-story');
    doc.querySelector('article')!.remove();
    await advance(1_600); // the address check (no Navigation API in jsdom) and the debounce
    expect(reruns).toBe(1);
    watch.watch(null); // that run found no article yet
    const main = doc.createElement('main');
    doc.body.append(main);
    addParagraph(doc, main, 'The next story, drawn by the app.');
    await advance(600);
    expect(reruns).toBe(2);
  });

  it('costs no re-run while the text and the painted nodes stay, but repaints a re-rendered paragraph', async () => {
    const { doc, article, watch } = setup();
    const p = article.querySelector('p')!;
    watch.watch(article, () => p.isConnected);
    article.append(doc.createComment('ad slot')); // no text, same nodes
    await advance(1_000);
    expect(reruns).toBe(0);
    p.replaceWith(p.cloneNode(true)); // a framework re-rendering the same paragraph
    await advance(600);
    expect(reruns).toBe(1);
  });

  it('reads the baseline text in a task of its own, and a text change made before it still re-runs', async () => {
    const { doc, article, watch } = setup();
    await advance(0);
    const reads = vi.spyOn(dom.window.Node.prototype, 'textContent', 'get');
    watch.watch(article);
    expect(reads.mock.calls.length).toBe(0); // not in the run's own (painting) task
    addParagraph(doc, article, 'Drawn before the baseline was read.');
    await advance(0);
    expect(reads.mock.calls.length).toBeGreaterThan(0);
    reads.mockRestore();
    await advance(600);
    expect(reruns).toBe(1);
  });

  it('reads no article text when the tab is hidden and shown, and re-runs only if it changed meanwhile', async () => {
    const { doc, article } = setup();
    let hidden = false;
    Object.defineProperty(doc, 'hidden', { configurable: true, get: () => hidden });
    const switchTo = (isHidden: boolean) => {
      hidden = isHidden;
      doc.dispatchEvent(new dom.window.Event('visibilitychange'));
    };
    await advance(0); // the baseline, read once after watch()
    // The container's text is what a large page pays for: reading it is the cost to avoid.
    const reads = vi.spyOn(dom.window.Node.prototype, 'textContent', 'get');
    switchTo(true);
    switchTo(false);
    await advance(1_000);
    expect([reads.mock.calls.length, reruns]).toEqual([0, 0]);
    switchTo(true);
    addParagraph(doc, article, 'Written while nobody looked.');
    await advance(1_000);
    expect(reruns).toBe(0); // nothing runs while hidden
    switchTo(false);
    await advance(600);
    expect(reruns).toBe(1);
    reads.mockRestore();
  });
});
