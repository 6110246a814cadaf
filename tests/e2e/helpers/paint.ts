import type { Page } from 'playwright-core';

/** How many ranges the page's highlight `name` holds; null when the name is not set. */
export function highlightSize(page: Page, name: string): Promise<number | null> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? null, name);
}

/** Waits until the page's highlight `name` is set and its size passes `test` (checked in the page). */
export async function waitForHighlightSize(
  page: Page,
  name: string,
  test: 'empty' | 'painted',
  timeout = 10_000,
): Promise<void> {
  await page.waitForFunction(
    ({ n, wanted }) => {
      const highlight = CSS.highlights.get(n);
      if (!highlight) return false;
      return wanted === 'empty' ? highlight.size === 0 : highlight.size > 0;
    },
    { n: name, wanted: test },
    { timeout },
  );
}

/** Clicks a paint switch in the popup's settings and waits until it shows the new state. */
export async function setPaintSwitch(popup: Page, kind: string, on: boolean): Promise<void> {
  const selector = `[data-testid="paint-${kind}"]`;
  await popup.waitForSelector(selector, { timeout: 10_000 });
  if ((await popup.isChecked(selector)) !== on) await popup.click(selector);
  await popup.waitForFunction(
    ({ s, wanted }) => (document.querySelector(s) as HTMLInputElement | null)?.checked === wanted,
    { s: selector, wanted: on },
  );
}
