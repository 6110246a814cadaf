import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ext } from '../src/shared/browser-api';
import { type TabNotices, tabNotices } from './tab-notices';

/**
 * The popup's way to tell open pages about its changes: the extension's `tabs` API (none in
 * unit tests, where a test provides its own).
 */
export const TabNoticesContext = createContext<TabNotices>(
  tabNotices((ext as typeof chrome | undefined)?.tabs),
);

export function useTabNotices(): TabNotices {
  return useContext(TabNoticesContext);
}
