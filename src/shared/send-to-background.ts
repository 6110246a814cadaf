import { browser } from './browser-api';
import type { SendToBackground } from './messages';

/** The one way a content script asks the background: typed request in, that request's reply type out. */
export const sendToBackground: SendToBackground = (message) =>
  browser.runtime.sendMessage(message) as Promise<never>;
