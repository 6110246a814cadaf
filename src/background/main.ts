import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser-api';
import type { MessageReply } from '../shared/messages';
import { openNewsmarkDb } from '../store/db';
import { requestPersistenceOnce } from '../store/persistence';
import { handleMessage } from './handle-message';
import { listenForReaderCommands } from './reader-menus';

// Chromium runs this file as a service worker, Firefox as an event page: both may stop it
// between messages, so it keeps no state but the database handle.
const db = openNewsmarkDb();

// The polyfill sends what the returned promise resolves to as the reply.
browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender): Promise<MessageReply> =>
    handleMessage(db, message, sender, browser.runtime.id),
);

listenForReaderCommands();
// Firefox's event page is a window and can ask at once; a Chromium worker cannot (the popup does).
requestPersistenceOnce(db).catch((error: unknown) => console.warn('Newsmark storage:', error));
