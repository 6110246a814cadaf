import type { PanelToContentMessage, WhichPageReply } from '../../src/shared/messages';
import { httpPageKey } from '../../src/shared/page-url';
import type { TabLink } from '../tab-link';

interface Tab {
  id?: number;
  url?: string;
  active?: boolean;
}

/** The part of the extension API that opening an article's tab uses (fakes in unit tests). */
export interface ArticleTabsApi {
  tabs: {
    query(query: { windowId: number } | { currentWindow: true }): Promise<Tab[]>;
    sendMessage(
      tabId: number,
      message: PanelToContentMessage,
      options: { frameId: number },
    ): Promise<unknown>;
    update(tabId: number, change: { active: true }): Promise<unknown>;
    create(options: { url: string; active: true; windowId?: number }): Promise<Tab>;
  };
}

/** Shows the article text [start, end) of page `url` in a tab; resolves whether it could. */
export type OpenArticle = (url: string, start: number, end: number) => Promise<boolean>;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Opens an item of a cross-article view where it was read: activates the window's tab that
 * shows the article (tab addresses are hidden without the "tabs" permission, so each tab's
 * content script is asked, as the tab link does) or opens the article in a new tab, then asks
 * that tab to scroll to the item and flash it. A new tab answers only once it has analysed
 * the page, so the reveal is retried until `waitMs`. `reveal` is the tab link's.
 */
export function articleOpener(
  api: ArticleTabsApi,
  windowId: number | undefined,
  reveal: TabLink['reveal'],
  { waitMs = 20_000, everyMs = 250 } = {},
): OpenArticle {
  const shows = async (tab: Tab, url: string) => {
    if (tab.id === undefined) return false;
    if (tab.url) return httpPageKey(tab.url) === url;
    const reply = (await api.tabs
      .sendMessage(tab.id, { type: 'panel/which-page' }, { frameId: 0 })
      .catch(() => null)) as Partial<WhichPageReply> | null;
    return typeof reply?.url === 'string' && httpPageKey(reply.url) === url;
  };
  return async (url, start, end) => {
    const tabs = await api.tabs.query(windowId === undefined ? { currentWindow: true } : { windowId });
    const showing = await Promise.all(tabs.map((tab) => shows(tab, url)));
    // The active tab first: the reader is most likely looking at it already.
    const found = tabs
      .filter((_, i) => showing[i])
      .sort((a, b) => Number(b.active === true) - Number(a.active === true))[0];
    const tab =
      found ??
      (await api.tabs.create({ url, active: true, ...(windowId === undefined ? {} : { windowId }) }));
    if (tab.id === undefined) return false;
    if (found && !found.active) await api.tabs.update(tab.id, { active: true });
    // A tab already showing the article has most likely analysed it: it gets a short grace.
    for (const deadline = Date.now() + (found ? Math.min(waitMs, 2_000) : waitMs); ; await pause(everyMs)) {
      if (await reveal(tab.id, url, start, end)) return true;
      if (Date.now() >= deadline) return false;
    }
  };
}

/** The window a panel page opened in a tab of its own follows (`?window=`), else its own. */
export function followedWindow(search: string): number | undefined {
  const id = Number(new URLSearchParams(search).get('window'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
