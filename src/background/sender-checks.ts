import type { IncomingMessage } from '../shared/messages';
import { errorReply, type MessageReply } from '../shared/messages';
import { pageKey } from '../shared/page-url';

/** The parts of `runtime.MessageSender` the checks read. */
export interface SenderInfo {
  id?: string | undefined;
  tab?: unknown;
  /** 0 for a tab's top frame; our content script runs there only. */
  frameId?: number | undefined;
  /** The sending frame's address (content scripts). */
  url?: string | undefined;
}

/** The page a message reads or writes, or null for one that names none. */
export function pageNamedBy(msg: IncomingMessage): string | null {
  switch (msg.type) {
    case 'content/page-annotated':
      return msg.page.url;
    case 'content/paint-settings-requested':
      return null;
    default:
      return msg.url;
  }
}

/**
 * A content script may only read or write the records of a page of its own origin: a script
 * on one site never learns, nor overwrites, what is stored for another.
 *
 * Why the origin and not the whole address: after an in-page navigation (history.pushState)
 * Chromium keeps reporting the document's first address as `sender.url` (seen in Chromium
 * 156), so an exact match would refuse every later story of a single-page site. And any
 * script of an origin can push any address of that origin, so an exact match would not stop
 * a same-origin page anyway; the origin is the boundary a page cannot cross.
 */
export function sameOrigin(senderUrl: string | undefined, pageUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    return new URL(senderUrl).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}

/**
 * Who may send a parsed message: the top frame of a tab, of the origin of the page the message
 * names, naming it by its page key. Null when allowed, else the error reply.
 */
export function refuseSender(msg: IncomingMessage, sender: SenderInfo): MessageReply | null {
  if (!sender.tab) return errorReply('forbidden-sender', `${msg.type} must come from a content script`);
  if (sender.frameId !== 0)
    return errorReply('forbidden-sender', `${msg.type} must come from the top frame of a tab`);
  const page = pageNamedBy(msg);
  if (page === null) return null;
  if (pageKey(page) !== page) return errorReply('invalid-message', `${msg.type}: ${page} is not a page key`);
  if (!sameOrigin(sender.url, page))
    return errorReply('forbidden-sender', `${msg.type} must come from a page of the same origin`);
  return null;
}
