import type { PaintSettings, ToContentMessage } from '../src/shared/messages';
import { pageKey } from '../src/shared/page-url';

/** The part of the `tabs` API the popup uses to tell pages about its changes. */
export interface NoticeTabsApi {
  query(query: Record<string, never>): Promise<{ id?: number; url?: string }[]>;
  sendMessage(tabId: number, message: ToContentMessage, options: { frameId: number }): Promise<unknown>;
}

/** Tells the open pages what the popup changed in the database, so they repaint at once. */
export interface TabNotices {
  /**
   * The reader's highlights or notes of the page `url` (a page key) were edited, recoloured,
   * deleted or restored. The notice itself names no page (see the message).
   */
  readerAnnotationsChanged(url: string): Promise<void>;
  /** A category was switched on or off: every page repaints. */
  paintSettingsChanged(paint: PaintSettings): Promise<void>;
}

/**
 * Whether a tab may show the page `pageUrl` (any web page for null). Without the "tabs"
 * permission Chromium hides a tab's address (content-script matches do not reveal it; only
 * the active tab's after a click on the toolbar button): a tab with a hidden address is told
 * anyway, and its content script ignores a page that is not its own.
 */
export function mayShow(tabUrl: string | undefined, pageUrl: string | null): boolean {
  if (tabUrl === undefined || tabUrl === '') return true;
  if (!/^https?:/i.test(tabUrl)) return false;
  if (pageUrl === null) return true;
  try {
    return pageKey(tabUrl) === pageUrl;
  } catch {
    return false;
  }
}

/**
 * Notices sent with `tabs.sendMessage(tabId, message, {frameId: 0})` (the content script runs
 * in the top frame only). Tabs without our content script (new tabs, stores, pages opened
 * before the extension was installed) reject: ignored quietly, as is a missing `tabs` API.
 */
export function tabNotices(tabs: NoticeTabsApi | undefined): TabNotices {
  async function tell(message: ToContentMessage, pageUrl: string | null): Promise<void> {
    if (!tabs) return;
    let open: { id?: number; url?: string }[];
    try {
      open = await tabs.query({});
    } catch {
      return;
    }
    const targets = open.filter((tab) => tab.id !== undefined && mayShow(tab.url, pageUrl));
    await Promise.all(
      targets.map((tab) => tabs.sendMessage(tab.id!, message, { frameId: 0 }).catch(() => undefined)),
    );
  }
  return {
    readerAnnotationsChanged: (url) => tell({ type: 'popup/reader-annotations-changed' }, url),
    paintSettingsChanged: (paint) => tell({ type: 'popup/paint-settings-changed', paint }, null),
  };
}
