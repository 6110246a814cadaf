/**
 * What the e2e tests and `npm start` read from a running browser: the highlights a page
 * shows, the rows the extension stored, what the popup lists, and the Markdown export.
 * Every function takes playwright-core objects and reads; none changes the page.
 */

export const KINDS = ['official', 'figure', 'directive'];

/** The text of every range in each newsmark-<kind> highlight of the page. */
export function readHighlights(page) {
  return page.evaluate((kinds) => {
    const out = {};
    for (const kind of kinds) {
      const highlight = CSS.highlights.get(`newsmark-${kind}`);
      out[kind] = highlight ? [...highlight].map((range) => range.toString()) : [];
    }
    return out;
  }, KINDS);
}

/** Waits until the content script has painted (the official highlight is registered). */
export async function waitForHighlights(page, timeout = 20_000) {
  await page.waitForFunction(() => CSS.highlights.has('newsmark-official'), undefined, { timeout });
}

/** The URL of an extension page. */
export function extensionUrl(extensionId, path) {
  return `chrome-extension://${extensionId}/${path}`;
}

/**
 * The page row and annotation rows stored for `url`, read with the raw IndexedDB API from
 * an extension page (the extension's origin). Never creates the database.
 */
export function readStoredRows(extensionPage, url) {
  return extensionPage.evaluate(async (pageUrl) => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    if (!names.includes('newsmark')) return { page: null, annotations: [], stores: [] };
    const db = await new Promise((done, fail) => {
      const open = indexedDB.open('newsmark');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const request = (r) =>
      new Promise((done, fail) => {
        r.onsuccess = () => done(r.result);
        r.onerror = () => fail(r.error);
      });
    try {
      const stores = [...db.objectStoreNames];
      const tx = db.transaction(['pages', 'packs'], 'readonly');
      const page = (await request(tx.objectStore('pages').get(pageUrl))) ?? null;
      // A page's rows are in its packs (schema version 7), keyed [url, part]: every such key lies
      // between [url] and [url, []], as arrays sort after numbers. Rows in [origin, id] order,
      // as the store gives them.
      const byPage = IDBKeyRange.bound([pageUrl], [pageUrl, []]);
      const packs = await request(tx.objectStore('packs').getAll(byPage));
      const annotations = packs
        .flatMap((pack) => pack.rows)
        .sort((a, b) => (a.origin + a.id < b.origin + b.id ? -1 : a.origin + a.id > b.origin + b.id ? 1 : 0));
      return { page, annotations, stores };
    } finally {
      db.close();
    }
  }, url);
}

/** Polls until the extension stored at least one automatic annotation for `url`. */
export async function waitForStoredRows(extensionPage, url, { timeout = 20_000, interval = 200 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const rows = await readStoredRows(extensionPage, url);
    if (rows.page && rows.annotations.some((row) => row.origin === 'auto')) return rows;
    if (Date.now() > deadline) return rows;
    await new Promise((done) => setTimeout(done, interval));
  }
}

/** Opens the popup as a tab for `url`, waiting until it shows the page or its empty state. */
export async function openPopupFor(context, extensionId, url) {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(extensionId, `popup.html?url=${encodeURIComponent(url)}`));
  await popup.waitForSelector('[data-testid="page-title"], [data-testid="empty"]', { timeout: 15_000 });
  return popup;
}

/** What the popup shows: the three counts (numbers, or null when absent) and list item texts. */
export function readPopup(popup) {
  return popup.evaluate((kinds) => {
    const byTestId = (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)];
    const count = (kind) => {
      const el = byTestId(`count-${kind}`)[0];
      const digits = el?.textContent?.match(/\d+/);
      return digits ? Number(digits[0]) : null;
    };
    const result = {
      title: byTestId('page-title')[0]?.textContent?.trim() ?? null,
      empty: byTestId('empty').length > 0,
      counts: {},
      items: {},
    };
    for (const kind of kinds) {
      result.counts[kind] = count(kind);
      result.items[kind] = byTestId(kind).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    return result;
  }, KINDS);
}

/** Clicks the popup's export-md button and saves the download to `file`; returns its suggested name. */
export async function exportMarkdown(popup, file) {
  const [download] = await Promise.all([
    popup.waitForEvent('download', { timeout: 15_000 }),
    popup.click('[data-testid="export-md"]'),
  ]);
  await download.saveAs(file);
  return download.suggestedFilename();
}
