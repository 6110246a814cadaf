import type { ReaderCommandMessage } from '../shared/messages';

/** Context-menu item ids and keyboard command names (manifest "commands"), with what each asks the page to do. */
const ACTIONS: Record<string, ReaderCommandMessage> = {
  'newsmark-highlight': { type: 'background/reader-command', action: 'highlight' },
  'newsmark-note': { type: 'background/reader-command', action: 'note' },
  'highlight-selection': { type: 'background/reader-command', action: 'highlight' },
  'note-selection': { type: 'background/reader-command', action: 'note' },
};

/** The message for a menu item id or command name; null for anything else. */
export function readerCommandFor(name: string | number): ReaderCommandMessage | null {
  const action = Object.hasOwn(ACTIONS, String(name)) ? ACTIONS[String(name)] : undefined;
  return action ? { ...action } : null;
}

/** The context-menu items, shown only over a selection on web pages; titles are locale keys. */
export const READER_MENU_ITEMS = [
  { id: 'newsmark-highlight', titleKey: 'readerMenuHighlight' },
  { id: 'newsmark-note', titleKey: 'readerMenuNote' },
] as const;

export const MENU_DOCUMENT_PATTERNS = ['http://*/*', 'https://*/*'];
