import { ext } from '../shared/browser-api';
import type { MessageReply } from '../shared/messages';
import { openNewsmarkDb } from '../store/db';
import { requestPersistenceOnce } from '../store/persistence';
import { listenForAnalysis } from './analyze-port';
import { handleMessage } from './handle-message';
import { listenForReaderCommands } from './reader-menus';

// Chromium runs this file as a service worker, Firefox as an event page: both may stop it
// between messages, so it keeps no state but the database handle.
const db = openNewsmarkDb();

ext.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: MessageReply) => void) => {
  handleMessage(db, message, sender, ext.runtime.id).then(sendResponse);
  return true; // the reply comes asynchronously
});

listenForReaderCommands();
listenForAnalysis();
// Firefox's event page is a window and can ask at once; a Chromium worker cannot (the popup does).
requestPersistenceOnce(db).catch((error: unknown) => console.warn('Newsmark storage:', error));
