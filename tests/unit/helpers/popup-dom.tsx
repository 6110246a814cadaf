import { act } from 'preact/test-utils';
import { expect } from 'vitest';
import type { NoticeTabsApi } from '../../../popup/tab-notices';
import type { ToContentMessage } from '../../../src/shared/messages';

/** Test helpers for components rendered into jsdom. */
export const byTestId = (root: ParentNode, id: string) =>
  Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));

export const squeeze = (el: Element | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Lets Dexie's live queries and Preact settle until `check` holds (or fails the test). */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !check(); i++) await act(() => new Promise((done) => setTimeout(done, 10)));
  expect(check()).toBe(true);
}

/** Types into an input or textarea the way a person does (value, then an input event). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  act(() => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function click(el: Element | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => {
    (el as HTMLElement).click();
  });
}

export function press(el: Element | undefined, key: string, init: KeyboardEventInit = {}): void {
  if (!el) throw new Error('nothing to press keys on');
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

/** A browser's tabs: each with an address (or hidden: undefined) and whether our content script runs in it. */
export function fakeTabs(open: { id?: number; url?: string; script?: boolean }[]) {
  const sent: { tabId: number; message: ToContentMessage; frameId: number }[] = [];
  const api: NoticeTabsApi = {
    query: async () => open.map(({ id, url }) => ({ id, url })),
    sendMessage: async (tabId, message, options) => {
      const tab = open.find((t) => t.id === tabId);
      if (!tab?.script) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push({ tabId, message, frameId: options.frameId });
      return undefined;
    },
  };
  return { api, sent };
}
