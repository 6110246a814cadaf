/**
 * When the background received a page's record: on an article, the content script's last
 * step (found, painted, then stored). The crawl's wait after the paint ends there, plus a
 * short grace for the replies' handling, instead of a fixed wait each page paid in full.
 * A listener of the crawl's own, added to the service worker from outside: the extension
 * is not changed for it. A worker started again (a new one) gets it again.
 */

const STORED = 'content/page-annotated';

/** Adds the listener to `worker` (the extension's service worker); failures only cost the early end. */
export function listenForStores(worker) {
  return worker
    .evaluate((type) => {
      if (globalThis.__nmCrawlStored) return;
      const seen = new Set();
      globalThis.__nmCrawlStored = seen;
      // Answers nothing: the background's own listener still answers the page.
      chrome.runtime.onMessage.addListener((message, sender) => {
        // A record sent in parts is stored at its last part (an older build sends one, without `part`).
        const last = !message?.part || message.part.index === message.part.count - 1;
        if (message?.type === type && last && sender.url) seen.add(sender.url);
      });
    }, STORED)
    .catch(() => {});
}

/** Resolves to true once the background received `url`'s record, false after `timeoutMs`. */
export async function waitForStored(worker, url, timeoutMs, intervalMs = 50) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = worker
      ? await worker.evaluate((u) => globalThis.__nmCrawlStored?.has(u) ?? false, url).catch(() => false)
      : false;
    if (seen) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((done) => setTimeout(done, intervalMs));
  }
}
