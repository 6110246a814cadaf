import { describe, expect, it } from 'vitest';
import { type ArticleTabsApi, articleOpener, followedWindow } from '../../../../popup/panel/open-article';

const ARTICLE = 'https://news.example/port-review';
const OTHER = 'https://news.example/port-plan';

interface FakeTab {
  id: number;
  /** What the tab's content script says it shows; undefined: no content script. */
  page?: string;
  /** An address the browser gives (with host permissions); hidden by default. */
  url?: string;
  active?: boolean;
  /** Reveals answered false before the page is read. */
  unreadFor?: number;
}

/** A window's tabs, recording what the opener does to them. */
function fakeWindow(tabs: FakeTab[]) {
  const log: string[] = [];
  const api: ArticleTabsApi = {
    tabs: {
      query: async () => tabs.map(({ id, url, active }) => ({ id, url, active })),
      sendMessage: async (tabId, message) => {
        const tab = tabs.find((t) => t.id === tabId);
        if (tab?.page === undefined) throw new Error('Receiving end does not exist.');
        if (message.type === 'panel/which-page') return { url: tab.page, editNote: null };
        throw new Error('reveals go through the tab link');
      },
      update: async (tabId) => {
        log.push(`activate ${tabId}`);
        for (const tab of tabs) tab.active = tab.id === tabId;
      },
      create: async ({ url }) => {
        log.push(`create ${url}`);
        const tab: FakeTab = { id: 99, page: url, active: true, unreadFor: 2 };
        tabs.push(tab);
        return { id: tab.id };
      },
    },
  };
  const reveal = async (tabId: number, url: string, start: number, end: number) => {
    const tab = tabs.find((t) => t.id === tabId);
    if (tab?.page !== url) return false;
    if (tab.unreadFor) {
      tab.unreadFor--;
      return false;
    }
    log.push(`reveal ${tabId} ${start}-${end}`);
    return true;
  };
  return { api, reveal, log };
}

describe('articleOpener', () => {
  it('brings the tab that shows the article to the front (its address hidden: its content script says) and reveals there', async () => {
    const { api, reveal, log } = fakeWindow([
      { id: 1, page: OTHER, active: true },
      { id: 2 },
      { id: 3, page: ARTICLE },
    ]);
    expect(await articleOpener(api, undefined, reveal)(ARTICLE, 10, 20)).toBe(true);
    expect(log).toEqual(['activate 3', 'reveal 3 10-20']);
  });

  it('uses an address the browser gives, and leaves an already active tab as it is', async () => {
    const { api, reveal, log } = fakeWindow([
      { id: 4, url: `${ARTICLE}#comments`, page: ARTICLE, active: true },
    ]);
    expect(await articleOpener(api, 7, reveal)(ARTICLE, 0, 5)).toBe(true);
    expect(log).toEqual(['reveal 4 0-5']);
  });

  it('opens the article in a new tab when none shows it, and reveals once the page is read', async () => {
    const { api, reveal, log } = fakeWindow([{ id: 1, page: OTHER, active: true }]);
    expect(await articleOpener(api, undefined, reveal, { everyMs: 1 })(ARTICLE, 3, 9)).toBe(true);
    expect(log).toEqual([`create ${ARTICLE}`, 'reveal 99 3-9']);
  });

  it('gives up when the page never shows the item', async () => {
    const { api, log } = fakeWindow([{ id: 3, page: ARTICLE }]);
    const never = async () => false;
    expect(await articleOpener(api, undefined, never, { waitMs: 20, everyMs: 5 })(ARTICLE, 0, 4)).toBe(false);
    expect(log).toEqual(['activate 3']);
  });
});

describe('followedWindow', () => {
  it('reads ?window= when it names a window, else the panel follows its own', () => {
    expect(followedWindow('?window=12')).toBe(12);
    expect(followedWindow('?window=0')).toBeUndefined();
    expect(followedWindow('?window=abc')).toBeUndefined();
    expect(followedWindow('')).toBeUndefined();
  });
});
