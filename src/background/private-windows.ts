import { errorReply, type IncomingMessage, type MessageReply } from '../shared/messages';
import type { SenderInfo } from './sender-checks';

/** True for a message from a tab of a private (incognito) window; the browser sets `tab.incognito`. */
export function fromPrivateTab(sender: SenderInfo): boolean {
  const tab = sender.tab as { incognito?: unknown } | undefined;
  return tab?.incognito === true;
}

/**
 * Newsmark keeps nothing of a private window: the page is still analysed and painted by its
 * content script, but no page record, automatic row or reader annotation is written, and the
 * library is not read into it either (a private window shows none of the reader's history).
 * The answer for each message from such a tab, or null for one that touches no record.
 */
export function privateWindowReply(msg: IncomingMessage): MessageReply | null {
  switch (msg.type) {
    case 'content/page-annotated':
    case 'content/reader-anchoring':
      return { ok: true, stored: 0 };
    case 'content/reader-annotations-requested':
      return { ok: true, rows: [] };
    case 'content/reader-annotation-created':
      return errorReply('private-window', 'Newsmark saves nothing from a private window');
    case 'content/paint-settings-requested':
      return null;
  }
}
