import type { PanelToContentMessage, WhichPageReply } from '../src/shared/messages';
import { httpPageKey } from '../src/shared/page-url';

/** The tab the popup or side panel shows: its id, its page key, and a highlight whose note to open. */
export interface TabTarget {
  tabId: number | null;
  url: string | null;
  /** The highlight whose note the reader just asked to write ("Note" in the page's toolbar). */
  editNote: string | null;
}

interface TabInfo {
  id?: number;
  url?: string;
  windowId?: number;
}

interface ListenerEvent<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

/** The part of the extension API the link uses (fakes in unit tests). */
export interface TabLinkApi {
  tabs: {
    query(query: { active: true; windowId?: number; currentWindow?: true }): Promise<TabInfo[]>;
    sendMessage(
      tabId: number,
      message: PanelToContentMessage,
      options: { frameId: number },
    ): Promise<unknown>;
    onActivated: ListenerEvent<(info: { tabId: number; windowId: number }) => void>;
    onUpdated: ListenerEvent<(tabId: number, change: { status?: string; url?: string }) => void>;
  };
  runtime: {
    id: string;
    onMessage: ListenerEvent<
      (message: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => void
    >;
  };
}

export interface TabLink {
  /** Calls `listener` with the active tab now and after every switch, load or in-page navigation. */
  follow(listener: (target: TabTarget) => void): () => void;
  /** Scrolls the tab to the article text [start, end) of page `url` and flashes it; whether it could. */
  reveal(tabId: number, url: string, start: number, end: number): Promise<boolean>;
}

const NONE: TabTarget = { tabId: null, url: null, editNote: null };

/** Messages of a tab's content script after which its page may be another one, or a note is wanted. */
const TAB_CHANGES = new Set(['content/page-annotated', 'content/note-wanted']);

/**
 * A large page's record comes in parts (`part`: index of count): the page is known once, at its
 * last part, so the earlier parts ask nothing. Messages without parts end at themselves.
 */
function isRecordEnd(message: unknown): boolean {
  const part = (message as { part?: { index?: unknown; count?: unknown } }).part;
  return typeof part?.index !== 'number' || part.index === (part.count as number) - 1;
}

/**
 * Follows the active tab of one window (`windowId`, else the window this page is in). Tab
 * addresses are hidden without the "tabs" permission, so the page is asked of the tab's own
 * content script (`panel/which-page`); an address the browser does give wins.
 */
export function tabLink(api: TabLinkApi, windowId?: number): TabLink {
  async function activeTarget(): Promise<TabTarget> {
    const query =
      windowId === undefined
        ? { active: true as const, currentWindow: true as const }
        : { active: true as const, windowId };
    const [tab] = await api.tabs.query(query).catch(() => []);
    if (tab?.id === undefined) return NONE;
    const reply = (await api.tabs
      .sendMessage(tab.id, { type: 'panel/which-page' }, { frameId: 0 })
      .catch(() => null)) as Partial<WhichPageReply> | null;
    const told = typeof reply?.url === 'string' ? httpPageKey(reply.url) : null;
    const url = (tab.url ? httpPageKey(tab.url) : null) ?? told;
    const editNote = typeof reply?.editNote === 'string' ? reply.editNote : null;
    return { tabId: tab.id, url, editNote };
  }

  return {
    follow(listener) {
      let current: TabTarget = NONE;
      let stopped = false;
      let asked = 0;
      const refresh = () => {
        const ask = ++asked;
        activeTarget().then((target) => {
          // Only the newest question counts: tabs switch faster than content scripts answer.
          if (stopped || ask !== asked) return;
          current = target;
          listener(target);
        });
      };
      const onActivated = (info: { windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) refresh();
      };
      const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
        if (tabId === current.tabId && (change.status === 'complete' || change.url)) refresh();
      };
      const onMessage = (
        message: unknown,
        sender: { id?: string; tab?: { id?: number }; frameId?: number },
      ) => {
        const type = (message as { type?: unknown } | null)?.type;
        if (sender.id !== api.runtime.id || sender.frameId !== 0) return;
        if (typeof type !== 'string' || !TAB_CHANGES.has(type) || !isRecordEnd(message)) return;
        // Before the first answer the active tab is not known yet: ask again, the newest answer wins.
        if (sender.tab?.id === current.tabId || current === NONE) refresh();
      };
      api.tabs.onActivated.addListener(onActivated);
      api.tabs.onUpdated.addListener(onUpdated);
      api.runtime.onMessage.addListener(onMessage);
      refresh();
      return () => {
        stopped = true;
        api.tabs.onActivated.removeListener(onActivated);
        api.tabs.onUpdated.removeListener(onUpdated);
        api.runtime.onMessage.removeListener(onMessage);
      };
    },
    async reveal(tabId, url, start, end) {
      const answer = (await api.tabs
        .sendMessage(tabId, { type: 'panel/reveal', url, start, end }, { frameId: 0 })
        .catch(() => null)) as { revealed?: boolean } | null;
      return answer?.revealed === true;
    },
  };
}
