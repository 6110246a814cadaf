import { browser } from '../shared/browser-api';
import { openPanel, type PanelApi } from './open-panel';
import { MENU_DOCUMENT_PATTERNS, READER_MENU_ITEMS, readerCommandFor } from './reader-commands';

/** "Add note" (menu or keyboard) opens the side panel, where the note is typed, while the gesture counts. */
function openPanelForNote(name: string | number, tabId: number | undefined): void {
  if (readerCommandFor(name)?.action !== 'note') return;
  openPanel(browser as unknown as PanelApi, tabId).catch(() => {});
}

/** (Re)creates the context-menu items; menus outlive the worker, so old ones go first. */
async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of READER_MENU_ITEMS) {
    browser.contextMenus.create({
      id: item.id,
      title: browser.i18n.getMessage(item.titleKey) || item.id,
      contexts: ['selection'],
      documentUrlPatterns: MENU_DOCUMENT_PATTERNS,
    });
  }
}

/** Sends a reader command to the content script of the tab's top frame; a page without one just ignores it. */
async function sendToTab(tabId: number | undefined, name: string | number): Promise<void> {
  const message = readerCommandFor(name);
  if (!message) return;
  let id = tabId;
  if (id === undefined || id < 0) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    id = active?.id;
  }
  if (id === undefined) return;
  await browser.tabs.sendMessage(id, message, { frameId: 0 }).catch(() => {
    // No content script there (a page opened before install, or a browser page): nothing to do.
  });
}

/** Registers the menu and keyboard-command listeners; called once at the worker's top level. */
export function listenForReaderCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    createMenus().catch((error: unknown) => console.warn('Newsmark menus:', error));
  });
  browser.runtime.onStartup?.addListener(() => {
    createMenus().catch((error: unknown) => console.warn('Newsmark menus:', error));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    openPanelForNote(info.menuItemId, tab?.id);
    sendToTab(tab?.id, info.menuItemId).catch(() => {});
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    openPanelForNote(command, tab?.id);
    sendToTab(tab?.id, command).catch(() => {});
  });
}
