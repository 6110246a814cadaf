import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser-api';
import type { MessageReply, OpenPanelReply } from '../shared/messages';
import { openNewsmarkDb } from '../store/db';
import { requestPersistenceOnce } from '../store/persistence';
import { listenForAnalysis } from './analyze-port';
import { handleMessage } from './handle-message';
import { openPanel, type PanelApi, panelMessageAction } from './open-panel';
import { listenForReaderCommands } from './reader-menus';

// Chromium runs this file as a service worker, Firefox as an event page: both may stop it
// between messages, so it keeps no state but the database handle.
const db = openNewsmarkDb();

// The polyfill sends what a returned promise resolves to as the reply; returning nothing leaves
// the message to others (the panel and popup answer `content/note-wanted`).
browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender): Promise<MessageReply | OpenPanelReply> | undefined => {
    // The toolbar's "Note" opens the side panel: synchronously here, while the click counts as a user gesture.
    const panel = panelMessageAction(message, sender, browser.runtime.id);
    if (panel === 'leave') return undefined;
    if (panel) return openPanel(browser as unknown as PanelApi, panel.open);
    return handleMessage(db, message, sender, browser.runtime.id);
  },
);

listenForReaderCommands();
listenForAnalysis();
// Firefox's event page is a window and can ask at once; a Chromium worker cannot (the popup does).
requestPersistenceOnce(db).catch((error: unknown) => console.warn('Newsmark storage:', error));
