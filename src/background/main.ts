import { ext } from '../shared/browser-api';
import type { MessageReply, OpenPanelReply } from '../shared/messages';
import { openNewsmarkDb } from '../store/db';
import { requestPersistenceOnce } from '../store/persistence';
import { handleMessage } from './handle-message';
import { openPanel, type PanelApi, panelMessageAction } from './open-panel';
import { listenForReaderCommands } from './reader-menus';

// Chromium runs this file as a service worker, Firefox as an event page: both may stop it
// between messages, so it keeps no state but the database handle.
const db = openNewsmarkDb();

ext.runtime.onMessage.addListener(
  (message: unknown, sender, sendResponse: (reply: MessageReply | OpenPanelReply) => void) => {
    // The toolbar's "Note" opens the side panel: synchronously here, while the click counts as a user gesture.
    const panel = panelMessageAction(message, sender, ext.runtime.id);
    if (panel === 'leave') return false;
    if (panel) {
      openPanel(ext as unknown as PanelApi, panel.open).then(sendResponse);
      return true;
    }
    handleMessage(db, message, sender, ext.runtime.id).then(sendResponse);
    return true; // the reply comes asynchronously
  },
);

listenForReaderCommands();
// Firefox's event page is a window and can ask at once; a Chromium worker cannot (the popup does).
requestPersistenceOnce(db).catch((error: unknown) => console.warn('Newsmark storage:', error));
