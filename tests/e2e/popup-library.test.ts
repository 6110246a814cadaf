/**
 * The popup beyond the current page, in real Chromium with the built extension: the
 * library of both demo pages, folded search, the reader's notes, and a backup exported
 * from one profile and imported into a fresh one.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBrowsers } from '../../scripts/find-browser.mjs';
import { type LaunchedChromium, launchChromiumWithExtension } from '../../scripts/lib/launch-chromium.mjs';
import { extensionUrl, openPopupFor, readStoredRows } from '../../scripts/lib/page-probes.mjs';
import { type ServedDirectory, serveDirectory } from '../../scripts/serve-demo.mjs';
import { ARTICLE_EXPECTATIONS } from './helpers/expectations';
import {
  downloadFrom,
  importThrough,
  libraryPages,
  openPopupView,
  putReaderRow,
  searchLibraryFor,
} from './helpers/library';
import { DEMO_DIR, DIST_CHROMIUM, requireBuild } from './helpers/paths';
import { type Visit, visitPage } from './helpers/visit';

const [VI, EN] = ARTICLE_EXPECTATIONS as [(typeof ARTICLE_EXPECTATIONS)[0], (typeof ARTICLE_EXPECTATIONS)[0]];
const READER_ID = '6f1c2a8e-0000-4000-8000-00000000e2e1';

let served: ServedDirectory;
let chromiumPath: string;
let browser: LaunchedChromium;
let extensionPage: Page;
let tmp: string;
const visited: Record<'vi' | 'en', Visit | undefined> = { vi: undefined, en: undefined };

beforeAll(async () => {
  const extensionDir = requireBuild(DIST_CHROMIUM);
  chromiumPath = ensureBrowsers(['chromium']).chromium;
  tmp = await mkdtemp(join(tmpdir(), 'newsmark-library-'));
  served = await serveDirectory(DEMO_DIR);
  browser = await launchChromiumWithExtension({ executablePath: chromiumPath, extensionDir, headless: true });
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(extensionUrl(browser.extensionId, 'popup.html'));
  // One after the other, so the English page is the newer visit.
  visited.vi = await visitPage(browser.context, extensionPage, `${served.origin}/${VI.file}`, {
    expectHighlights: true,
  });
  visited.en = await visitPage(browser.context, extensionPage, `${served.origin}/${EN.file}`, {
    expectHighlights: true,
  });
  const quote = 'giải ngân';
  await putReaderRow(extensionPage, {
    id: READER_ID,
    url: visited.vi.url,
    kind: 'note',
    origin: 'reader',
    quote,
    start: 0,
    end: quote.length,
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    tags: [],
    entityKey: null,
    colour: 'green',
    body: 'Hỏi lại Sở Tài chính',
    created: Date.now(),
    modified: Date.now(),
  });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('Chromium popup library', () => {
  it('lists both demo pages, newest visit first, with their titles', async () => {
    const popup = await openPopupView(browser.context, browser.extensionId, 'library');
    await popup.waitForSelector('[data-testid="library-page"]:nth-child(2)');
    expect(await libraryPages(popup)).toEqual([
      { url: visited.en!.url, title: EN.title },
      { url: visited.vi!.url, title: VI.title },
    ]);
    await popup.close();
  });

  it('finds pages by folded names and notes', async () => {
    const popup = await openPopupView(browser.context, browser.extensionId, 'library');
    await popup.waitForSelector('[data-testid="library-page"]');
    expect(await searchLibraryFor(popup, 'le minh khoa')).toEqual([visited.vi!.url]);
    expect(await searchLibraryFor(popup, 'PHAM THI LAN')).toEqual([visited.vi!.url]);
    expect(await searchLibraryFor(popup, 'whitfield')).toEqual([visited.en!.url]);
    expect(await searchLibraryFor(popup, 'so tai chinh')).toEqual([visited.vi!.url]);
    expect(await searchLibraryFor(popup, 'khoa whitfield')).toEqual([]);
    await popup.close();
  });

  it('shows the reader’s note on its page and saves an edit', async () => {
    const popup = await openPopupFor(browser.context, browser.extensionId, visited.vi!.url);
    const note = await popup.waitForSelector('[data-testid="reader-note"]');
    expect(await note.textContent()).toContain('Hỏi lại Sở Tài chính');
    await popup.click('[data-testid="reader-note-edit"]');
    await popup.fill('[data-testid="reader-note"] textarea', 'Đã hỏi: số liệu đúng');
    await popup.keyboard.press('Control+Enter');
    await popup.waitForSelector('[data-testid="reader-note"] .note-body:has-text("Đã hỏi: số liệu đúng")');
    const stored = await readStoredRows(extensionPage, visited.vi!.url);
    expect(stored.annotations.find((row) => row.id === READER_ID)?.body).toBe('Đã hỏi: số liệu đúng');
    await popup.close();
  });

  it('exports a backup and restores it into a fresh profile', async () => {
    const popup = await openPopupView(browser.context, browser.extensionId, 'settings');
    const file = join(tmp, 'backup.json');
    const name = await downloadFrom(popup, 'export-all', file);
    await popup.close();
    expect(name).toMatch(/^newsmark-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(await readFile(file, 'utf8'));
    expect(backup).toMatchObject({ format: 'newsmark-backup', version: 1 });
    const before = await Promise.all(
      [visited.vi!.url, visited.en!.url].map((url) => readStoredRows(extensionPage, url)),
    );
    const rowCount = before.reduce((sum, rows) => sum + rows.annotations.length, 0);
    expect(backup.pages).toHaveLength(2);
    expect(backup.annotations).toHaveLength(rowCount);

    const fresh = await launchChromiumWithExtension({
      executablePath: chromiumPath,
      extensionDir: DIST_CHROMIUM,
      headless: true,
    });
    try {
      const settings = await openPopupView(fresh.context, fresh.extensionId, 'settings');
      const result = await importThrough(settings, file);
      expect(result).toEqual({ ok: true, text: `2 pages, ${rowCount} annotations imported` });
      await settings.click('[data-testid="tab-library"]');
      await settings.waitForSelector('[data-testid="library-page"]:nth-child(2)');
      expect((await libraryPages(settings)).map((page) => page.title)).toEqual([EN.title, VI.title]);
      const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
      for (const original of before) {
        const restored = await readStoredRows(settings, original.page!.url);
        expect(restored.page).toEqual(original.page);
        expect(byId(restored.annotations)).toEqual(byId(original.annotations));
      }
      // Importing the same file again adds nothing.
      await settings.click('[data-testid="tab-settings"]');
      const again = await importThrough(settings, file);
      expect(again.text).toBe(`0 pages, 0 annotations imported; ${rowCount} already up to date`);
    } finally {
      await fresh.close();
    }
  });
});
