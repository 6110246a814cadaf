import type { BrowserContext, Page } from 'playwright-core';
import { extensionUrl } from '../../../scripts/lib/page-probes.mjs';

/** Opens the popup app full-size on one view (`popup.html?view=library|settings`). */
export async function openPopupView(
  context: BrowserContext,
  extensionId: string,
  view: 'library' | 'settings',
): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(extensionId, `popup.html?view=${view}`));
  await popup.waitForSelector(`[data-testid="tab-${view}"][aria-selected="true"]`, { timeout: 15_000 });
  return popup;
}

/** The urls and titles the library lists, top to bottom. */
export async function libraryPages(popup: Page): Promise<{ url: string; title: string }[]> {
  return popup.$$eval('[data-testid="library-page"]', (items) =>
    items.map((item) => ({
      url: (item as HTMLElement).dataset.url ?? '',
      title: item.querySelector('.library-title')?.textContent?.trim() ?? '',
    })),
  );
}

/** Types a query and waits until the list shows that query's result. */
export async function searchLibraryFor(popup: Page, query: string): Promise<string[]> {
  await popup.fill('[data-testid="library-search"]', query);
  await popup.waitForFunction(
    (wanted) => document.querySelector('[data-testid="library"]')?.getAttribute('data-query') === wanted,
    query,
    { timeout: 10_000 },
  );
  return (await libraryPages(popup)).map((page) => page.url);
}

/** Clicks a download button and saves the file; returns its suggested name. */
export async function downloadFrom(popup: Page, testId: string, file: string): Promise<string> {
  const [download] = await Promise.all([
    popup.waitForEvent('download', { timeout: 15_000 }),
    popup.click(`[data-testid="${testId}"]`),
  ]);
  await download.saveAs(file);
  return download.suggestedFilename();
}

/** Chooses a file in the import input and returns the summary (or error) text. */
export async function importThrough(popup: Page, file: string): Promise<{ ok: boolean; text: string }> {
  await popup.setInputFiles('[data-testid="import-file"]', file);
  const result = await popup.waitForSelector('[data-testid="import-summary"], [data-testid="import-error"]', {
    timeout: 20_000,
  });
  return {
    ok: (await result.getAttribute('data-testid')) === 'import-summary',
    text: ((await result.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
  };
}

/**
 * Stores a reader row straight into the extension's database, around Dexie: a pack of its own
 * (annotation-packs.ts) with its ids and tags but no search words, which search must still
 * find (a row is found by id only through its pack's ids; a pack without any is given them
 * by the repair when a connection opens, search-words-repair.ts).
 */
export async function putReaderRow(extensionPage: Page, row: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate(async (value) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('newsmark');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      await new Promise<void>((done, fail) => {
        const tx = db.transaction('packs', 'readwrite');
        tx.objectStore('packs').put({
          url: value.url,
          part: 1_000_000,
          rows: [value],
          ids: [value.id],
          tags: value.tags,
        });
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
    } finally {
      db.close();
    }
  }, row);
}
