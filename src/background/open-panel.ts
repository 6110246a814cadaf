import * as v from 'valibot';
import { NoteWantedMessageSchema, OpenPanelMessageSchema, type OpenPanelReply } from '../shared/messages';
import type { SenderInfo } from './sender-checks';

/**
 * The parts of the extension API that can show Newsmark beside a page: Chromium's side panel,
 * Firefox's sidebar, and the popup as a fallback. Each is feature-detected.
 */
export interface PanelApi {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  action?: { openPopup?(): Promise<void> };
}

/**
 * Opens the side panel (Chromium) or sidebar (Firefox) for a tab, else the popup. Both browsers
 * allow this only during a user gesture, so the first call is made synchronously, inside the
 * listener of the click's message, the command or the menu item. Resolves to what opened.
 */
export function openPanel(api: PanelApi, tabId: number | undefined): Promise<OpenPanelReply> {
  let first: Promise<void> | undefined;
  try {
    if (api.sidePanel && tabId !== undefined) first = api.sidePanel.open({ tabId });
    else if (api.sidebarAction) first = api.sidebarAction.open();
  } catch (error) {
    first = Promise.reject(error);
  }
  const popup = async (): Promise<OpenPanelReply> => {
    if (!api.action?.openPopup) return { opened: null };
    try {
      await api.action.openPopup();
      return { opened: 'popup' };
    } catch {
      return { opened: null };
    }
  };
  if (!first) return popup();
  return first.then((): OpenPanelReply => ({ opened: 'panel' }), popup);
}

/**
 * What the background does with a message meant for the panel: `open` for the in-page
 * toolbar's "Note" (from the top frame of a tab), `leave` for messages only the panel and
 * popup read (the background must not answer them), null for every other message.
 */
export function panelMessageAction(
  message: unknown,
  sender: SenderInfo & { tab?: { id?: number } },
  extensionId: string,
): { open: number } | 'leave' | null {
  if (v.is(NoteWantedMessageSchema, message)) return 'leave';
  if (!v.is(OpenPanelMessageSchema, message)) return null;
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || sender.frameId !== 0 || tabId === undefined) return 'leave';
  return { open: tabId };
}
