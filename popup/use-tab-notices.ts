import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Tabs } from 'webextension-polyfill';
import { browser } from '../src/shared/browser-api';
import { type TabNotices, tabNotices } from './tab-notices';

/**
 * The popup's way to tell open pages about its changes: the extension's `tabs` API (none in
 * unit tests, where a test provides its own).
 */
export const TabNoticesContext = createContext<TabNotices>(
  tabNotices(browser.tabs as Tabs.Static | undefined),
);

export function useTabNotices(): TabNotices {
  return useContext(TabNoticesContext);
}
