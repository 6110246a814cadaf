import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWatch } from '../../../src/content/page-watch';

const HTML =
  '<!doctype html><body><article><p id="live">Score: 0.</p><p>The match went on past midnight.</p></article></body>';

let dom: JSDOM;

function setup(options = {}) {
  // pretendToBeVisual: a visible document (a hidden one is not watched).
  dom = new JSDOM(HTML, { url: 'https://sport.example/live', pretendToBeVisual: true });
  const win = dom.window as unknown as Window;
  const runs = { count: 0 };
  const watch = new PageWatch(win, () => (runs.count += 1), { debounceMs: 500, ...options });
  const article = win.document.querySelector('article')!;
  watch.watch(article);
  return { win, doc: win.document, watch, runs, live: win.document.getElementById('live')! };
}

/** Changes the live paragraph every `everyMs` for `forMs`, letting the observer deliver each time. */
async function churn(live: Element, everyMs: number, forMs: number): Promise<void> {
  for (let t = 0; t < forMs; t += everyMs) {
    live.textContent = `Score: ${t}.`;
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  dom?.window.close();
});

describe('PageWatch on a page that never settles', () => {
  it('gives up on an article rewritten every 100 ms, without re-running it', async () => {
    const { watch, runs, live } = setup({ settleLimitMs: 5_000 });
    await churn(live, 100, 6_000);
    expect(watch.stopped).toBe(true);
    expect(runs.count).toBe(0);
    // Stopped means stopped: more changes schedule nothing.
    await churn(live, 100, 2_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs.count).toBe(0);
  });

  it('re-runs a page that changes with pauses at most maxReruns times, then stops', async () => {
    const { watch, runs, live } = setup({ maxReruns: 3 });
    for (let i = 0; i < 10; i++) {
      live.textContent = `Score: ${i}.`;
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(800);
      // The run re-watches the article, as main.ts does after every run.
      watch.watch(live.parentElement);
    }
    expect(runs.count).toBe(3);
    expect(watch.stopped).toBe(true);
  });

  it('keeps watching a page that settles between bursts of changes', async () => {
    const { watch, runs, live } = setup({ settleLimitMs: 5_000 });
    await churn(live, 100, 3_000);
    await vi.advanceTimersByTimeAsync(600);
    expect(runs.count).toBe(1);
    watch.watch(live.parentElement);
    await churn(live, 100, 3_000);
    await vi.advanceTimersByTimeAsync(600);
    expect(runs.count).toBe(2);
    expect(watch.stopped).toBe(false);
  });
});
