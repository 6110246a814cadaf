import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { rangeForOffsets } from '../engine/text/offset-to-dom';
import type { TextModel } from '../engine/types';
import { browser } from '../shared/browser-api';
import type { WhichPageReply } from '../shared/messages';
import { PanelToContentMessageSchema } from '../shared/messages-content';
import { httpPageKey } from '../shared/page-url';
import { revealRange } from './flash';

/** What the panel's messages read of the reader session (content/reader-session.ts). */
export interface PanelSession {
  readonly articleModel: TextModel | null;
  readonly pageUrl: string | null;
  wantedNote(): string | null;
}

export type PanelAnswer = WhichPageReply | { revealed: boolean };

/**
 * Answers the side panel or popup (an extension page; anything else is ignored): which page
 * this tab shows, and "reveal" to scroll to an item and flash it. Reveal positions are in the
 * article text of the page the panel names; a tab now showing another page reveals nothing.
 * Returns undefined for messages that are not the panel's.
 */
export function answerPanel(
  message: unknown,
  senderId: string | undefined,
  extensionId: string,
  session: PanelSession,
  href: string,
  reveal: (range: Range) => void,
): PanelAnswer | undefined {
  if (senderId !== extensionId) return undefined;
  const parsed = v.safeParse(PanelToContentMessageSchema, message);
  if (!parsed.success) return undefined;
  const msg = parsed.output;
  if (msg.type === 'panel/which-page') return { url: httpPageKey(href), editNote: session.wantedNote() };
  const model = session.articleModel;
  if (!model || session.pageUrl !== msg.url || msg.end > model.text.length) return { revealed: false };
  const range = rangeForOffsets(model, msg.start, msg.end);
  if (!range) return { revealed: false };
  reveal(range);
  return { revealed: true };
}

/** Listens for the panel's messages; `revealed` runs after each reveal (the hover card shows the item). */
export function listenToPanel(session: PanelSession, revealed?: (range: Range) => void): void {
  // The polyfill answers with what the returned promise resolves to; nothing returned leaves
  // the message to other listeners.
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Runtime.MessageSender): Promise<PanelAnswer> | undefined => {
      const answer = answerPanel(message, sender.id, browser.runtime.id, session, location.href, (range) => {
        revealRange(range, window);
        revealed?.(range);
      });
      return answer === undefined ? undefined : Promise.resolve(answer);
    },
  );
}
