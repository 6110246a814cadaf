import * as v from 'valibot';
import { type PaintSettings, ToContentMessageSchema } from '../shared/messages-content';
import type { ReaderColour, ReaderKind } from '../shared/records';

/** What the content script does for each message from the background or the popup. */
export interface ExtensionMessageHandlers {
  /** A context-menu item or keyboard command for the current selection. */
  command(action: ReaderKind, colour?: ReaderColour): void;
  /** The popup changed reader annotations, maybe of this page: fetch this page's again. */
  readerAnnotationsChanged(): void;
  /** The popup switched a category on or off. */
  paintSettingsChanged(paint: PaintSettings): void;
}

/** Acts on a message if it comes from this extension and is well formed; returns whether it did. */
export function dispatchExtensionMessage(
  message: unknown,
  senderId: string | undefined,
  extensionId: string,
  handlers: ExtensionMessageHandlers,
): boolean {
  if (senderId !== extensionId) return false;
  const parsed = v.safeParse(ToContentMessageSchema, message);
  if (!parsed.success) return false;
  const msg = parsed.output;
  switch (msg.type) {
    case 'background/reader-command':
      handlers.command(msg.action, msg.colour);
      break;
    case 'popup/reader-annotations-changed':
      handlers.readerAnnotationsChanged();
      break;
    case 'popup/paint-settings-changed':
      handlers.paintSettingsChanged(msg.paint);
      break;
  }
  return true;
}
