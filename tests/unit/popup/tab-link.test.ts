import { describe, expect, it, vi } from 'vitest';
import { type TabLinkApi, type TabTarget, tabLink } from '../../../popup/tab-link';

type Listener = (...args: never[]) => void;

function event<F extends Listener>() {
  const listeners = new Set<F>();
  return {
    addListener: (f: F) => listeners.add(f),
    removeListener: (f: F) => listeners.delete(f),
    fire: (...args: Parameters<F>) => {
      for (const f of listeners) f(...args);
    },
    get size() {
      return listeners.size;
    },
  };
}

/** A browser with tabs (id, optional visible url, what its content script answers) and one active per window. */
function fakeBrowser(tabs: { id: number; windowId: number; url?: string; page?: string; note?: string }[]) {
  const active = new Map<number, number>([[1, tabs[0]!.id]]);
  const onActivated = event<(info: { tabId: number; windowId: number }) => void>();
  const onUpdated = event<(tabId: number, change: { status?: string; url?: string }) => void>();
  const onMessage =
    event<(message: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => void>();
  const sent: unknown[] = [];
  const api: TabLinkApi = {
    tabs: {
      query: async (q) => {
        const windowId = q.windowId ?? 1;
        const tab = tabs.find((t) => t.id === active.get(windowId));
        return tab ? [{ id: tab.id, ...(tab.url ? { url: tab.url } : {}), windowId }] : [];
      },
      sendMessage: async (tabId, message) => {
        sent.push({ tabId, message });
        const tab = tabs.find((t) => t.id === tabId);
        if (!tab?.page) throw new Error('Receiving end does not exist.');
        if (message.type === 'panel/which-page') {
          return { url: tab.page, editNote: tab.note ?? null };
        }
        return { revealed: message.url === tab.page };
      },
      onActivated,
      onUpdated,
    },
    runtime: { id: 'ext', onMessage },
  };
  const activate = (tabId: number, windowId = 1) => {
    active.set(windowId, tabId);
    onActivated.fire({ tabId, windowId });
  };
  return { api, activate, onUpdated, onMessage, sent, tabs };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done, 0));
}

describe('tabLink', () => {
  it('asks the active tab’s content script for its page when the address is hidden', async () => {
    const browser = fakeBrowser([{ id: 5, windowId: 1, page: 'https://a.example/story' }]);
    const seen: TabTarget[] = [];
    tabLink(browser.api).follow((t) => seen.push(t));
    await settle();
    expect(seen).toEqual([{ tabId: 5, url: 'https://a.example/story', editNote: null }]);
  });

  it('prefers the address the browser gives, as a page key, and passes on a wanted note', async () => {
    const browser = fakeBrowser([
      {
        id: 5,
        windowId: 1,
        url: 'https://a.example/story?utm_source=x#c',
        page: 'https://evil.example/',
        note: 'r1',
      },
    ]);
    const seen: TabTarget[] = [];
    tabLink(browser.api).follow((t) => seen.push(t));
    await settle();
    expect(seen).toEqual([{ tabId: 5, url: 'https://a.example/story', editNote: 'r1' }]);
  });

  it('follows a tab switch in its window, a load, and an in-page navigation, until stopped', async () => {
    const browser = fakeBrowser([
      { id: 5, windowId: 1, page: 'https://a.example/1' },
      { id: 6, windowId: 1, page: 'https://b.example/2' },
      { id: 9, windowId: 2, page: 'https://c.example/3' },
    ]);
    const urls: (string | null)[] = [];
    const stop = tabLink(browser.api, 1).follow((t) => urls.push(t.url));
    await settle();
    browser.activate(6);
    await settle();
    browser.activate(9, 2); // another window: not followed
    await settle();
    browser.tabs[1]!.page = 'https://b.example/next';
    browser.onMessage.fire({ type: 'content/page-annotated' }, { id: 'ext', tab: { id: 6 }, frameId: 0 });
    await settle();
    // Messages from another tab, a subframe or another extension change nothing.
    browser.onMessage.fire({ type: 'content/page-annotated' }, { id: 'ext', tab: { id: 5 }, frameId: 0 });
    browser.onMessage.fire({ type: 'content/page-annotated' }, { id: 'ext', tab: { id: 6 }, frameId: 3 });
    browser.onMessage.fire({ type: 'content/page-annotated' }, { id: 'evil', tab: { id: 6 }, frameId: 0 });
    await settle();
    browser.tabs[1]!.page = 'https://b.example/reloaded';
    browser.onUpdated.fire(6, { status: 'complete' });
    await settle();
    expect(urls).toEqual([
      'https://a.example/1',
      'https://b.example/2',
      'https://b.example/next',
      'https://b.example/reloaded',
    ]);
    stop();
    expect(browser.onUpdated.size + browser.onMessage.size).toBe(0);
  });

  it('asks once for a record sent in parts, at its last part', async () => {
    const browser = fakeBrowser([{ id: 5, windowId: 1, page: 'https://a.example/1' }]);
    tabLink(browser.api).follow(() => {});
    await settle();
    const asks = () =>
      browser.sent.filter((s) => (s as { message: { type: string } }).message.type === 'panel/which-page')
        .length;
    expect(asks()).toBe(1);
    for (const index of [0, 1, 2]) {
      const message = { type: 'content/page-annotated', part: { set: 's1', index, count: 3 } };
      browser.onMessage.fire(message, { id: 'ext', tab: { id: 5 }, frameId: 0 });
      await settle();
      expect(asks()).toBe(index < 2 ? 1 : 2);
    }
  });

  it('asks again when a note is wanted while the first answer is on its way', async () => {
    const browser = fakeBrowser([{ id: 5, windowId: 1, page: 'https://a.example/1' }]);
    const seen: TabTarget[] = [];
    tabLink(browser.api).follow((t) => seen.push(t));
    // The page says "note wanted" before the panel knows which tab is active.
    browser.tabs[0]!.note = 'r9';
    browser.onMessage.fire({ type: 'content/note-wanted' }, { id: 'ext', tab: { id: 5 }, frameId: 0 });
    await settle();
    expect(seen.at(-1)).toEqual({ tabId: 5, url: 'https://a.example/1', editNote: 'r9' });
  });

  it('shows nothing for a tab without our content script, and reveals only there', async () => {
    const browser = fakeBrowser([{ id: 5, windowId: 1 }]);
    const seen = vi.fn();
    const link = tabLink(browser.api);
    link.follow(seen);
    await settle();
    expect(seen).toHaveBeenCalledWith({ tabId: 5, url: null, editNote: null });
    expect(await link.reveal(5, 'https://a.example/1', 0, 4)).toBe(false);
  });

  it('sends a reveal with positions and the page key only, and reports the answer', async () => {
    const browser = fakeBrowser([{ id: 5, windowId: 1, page: 'https://a.example/1' }]);
    const link = tabLink(browser.api);
    expect(await link.reveal(5, 'https://a.example/1', 10, 14)).toBe(true);
    expect(browser.sent.at(-1)).toEqual({
      tabId: 5,
      message: { type: 'panel/reveal', url: 'https://a.example/1', start: 10, end: 14 },
    });
    expect(await link.reveal(5, 'https://a.example/other', 10, 14)).toBe(false);
  });
});
