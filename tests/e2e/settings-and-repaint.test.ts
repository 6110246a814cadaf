/**
 * The popup and the page working together in real Chromium with the built extension: the
 * Settings' paint switches are honoured on the next visit and, at once, by pages already
 * open; a reader highlight recoloured or deleted in the popup changes on the page without a
 * reload. Storing is unaffected by the switches.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBrowsers } from '../../scripts/find-browser.mjs';
import { type LaunchedChromium, launchChromiumWithExtension } from '../../scripts/lib/launch-chromium.mjs';
import {
  extensionUrl,
  openPopupFor,
  readHighlights,
  readStoredRows,
  waitForHighlights,
} from '../../scripts/lib/page-probes.mjs';
import { type ServedDirectory, serveDirectory } from '../../scripts/serve-demo.mjs';
import { openPopupView } from './helpers/library';
import { highlightSize, setPaintSwitch, waitForHighlightSize } from './helpers/paint';
import { DEMO_DIR, DEMO_PAGES, DIST_CHROMIUM, requireBuild } from './helpers/paths';
import {
  clickToolbar,
  readerHighlightTexts,
  type StoredRow,
  selectPhrase,
  waitForRows,
  waitForToolbar,
} from './helpers/reader';

// A phrase of the English demo article (tests/fixtures/demo, our own page), in one text node.
const PHRASE = 'rolling blackouts in the northern provinces';

let served: ServedDirectory;
let browser: LaunchedChromium;
let extensionPage: Page;
let settings: Page;
let page: Page;
let pageUrl: string;

const readerRows = (rows: StoredRow[]) => rows.filter((row) => row.origin === 'reader');

beforeAll(async () => {
  const { chromium } = ensureBrowsers(['chromium']);
  served = await serveDirectory(DEMO_DIR);
  pageUrl = `${served.origin}/${DEMO_PAGES.en}`;
  browser = await launchChromiumWithExtension({
    executablePath: chromium,
    extensionDir: requireBuild(DIST_CHROMIUM),
    headless: true,
  });
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(extensionUrl(browser.extensionId, 'popup.html'));
  settings = await openPopupView(browser.context, browser.extensionId, 'settings');
  page = await browser.context.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  await waitForHighlights(page);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('paint settings', () => {
  it('paints every category by default', async () => {
    await waitForHighlightSize(page, 'newsmark-figure', 'painted');
    const painted = await readHighlights(page);
    expect(painted.official.length).toBeGreaterThan(0);
    expect(painted.figure).toContain('$4.3 billion');
    expect(painted.directive.length).toBeGreaterThan(0);
  });

  it('switching figures off empties them at once on an open page, officials stay', async () => {
    await setPaintSwitch(settings, 'figure', false);
    await waitForHighlightSize(page, 'newsmark-figure', 'empty');
    expect(await highlightSize(page, 'newsmark-official')).toBeGreaterThan(0);
    expect(await highlightSize(page, 'newsmark-directive')).toBeGreaterThan(0);
  });

  it('a reload paints no figures (the page asks for the setting), and the figures are still stored', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForHighlights(page);
    await waitForHighlightSize(page, 'newsmark-official', 'painted');
    await waitForHighlightSize(page, 'newsmark-figure', 'empty');
    // It stays empty: no late repaint brings the figures back.
    await page.waitForTimeout(500);
    expect(await highlightSize(page, 'newsmark-figure')).toBe(0);
    const { annotations } = await readStoredRows(extensionPage, pageUrl);
    expect(annotations.some((row: StoredRow) => row.kind === 'figure' && row.quote === '$4.3 billion')).toBe(
      true,
    );
  });

  it('switching figures on paints them again at once, and after a reload', async () => {
    await setPaintSwitch(settings, 'figure', true);
    await waitForHighlightSize(page, 'newsmark-figure', 'painted');
    expect((await readHighlights(page)).figure).toContain('$4.3 billion');
    await page.reload({ waitUntil: 'load' });
    await waitForHighlights(page);
    await waitForHighlightSize(page, 'newsmark-figure', 'painted');
  });
});

describe('reader highlights changed in the popup', () => {
  let popup: Page;

  it('a highlight made on the page is listed in the popup', async () => {
    await selectPhrase(page, PHRASE);
    await waitForToolbar(page);
    await clickToolbar(page, 'yellow');
    const rows = await waitForRows(extensionPage, pageUrl, (r) => readerRows(r).length === 1);
    expect(readerRows(rows)[0]).toMatchObject({ quote: PHRASE, colour: 'yellow' });
    await page.waitForFunction(() => (CSS.highlights.get('newsmark-reader-yellow')?.size ?? 0) === 1);
    popup = await openPopupFor(browser.context, browser.extensionId, pageUrl);
    await popup.waitForSelector('[data-testid="reader-note"]', { timeout: 10_000 });
  });

  it('recolouring it in the popup repaints the page without a reload', async () => {
    await popup.click('[data-testid="reader-note"] input[value="green"]');
    await page.waitForFunction(
      () => (CSS.highlights.get('newsmark-reader-green')?.size ?? 0) === 1,
      undefined,
      {
        timeout: 10_000,
      },
    );
    expect(await readerHighlightTexts(page, 'green')).toEqual([PHRASE]);
    expect(await readerHighlightTexts(page, 'yellow')).toEqual([]);
  });

  it('deleting it in the popup removes it from the page without a reload', async () => {
    await popup.click('[data-testid="reader-note-delete"]');
    await page.waitForFunction(() => CSS.highlights.get('newsmark-reader-green')?.size === 0, undefined, {
      timeout: 10_000,
    });
    expect(readerRows((await readStoredRows(extensionPage, pageUrl)).annotations)).toEqual([]);
    expect(await highlightSize(page, 'newsmark-official'), 'the automatic highlights stay').toBeGreaterThan(
      0,
    );
  });

  it('its undo paints it again', async () => {
    await popup.click('[data-testid="reader-note-undo"]');
    await page.waitForFunction(() => CSS.highlights.get('newsmark-reader-green')?.size === 1, undefined, {
      timeout: 10_000,
    });
    expect(await readerHighlightTexts(page, 'green')).toEqual([PHRASE]);
  });

  it('"My highlights" off takes them out of the page (where its scripts could read them), kept stored; on paints them again', async () => {
    await setPaintSwitch(settings, 'reader', false);
    await page.waitForFunction(() => !CSS.highlights.has('newsmark-reader-green'), undefined, {
      timeout: 10_000,
    });
    expect(readerRows((await readStoredRows(extensionPage, pageUrl)).annotations)).toHaveLength(1);
    await page.reload({ waitUntil: 'load' });
    await waitForHighlights(page);
    // Given time to paint: the page asked for the setting before painting anything of the reader's.
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => CSS.highlights.has('newsmark-reader-green'))).toBe(false);
    await setPaintSwitch(settings, 'reader', true);
    await page.waitForFunction(() => CSS.highlights.get('newsmark-reader-green')?.size === 1, undefined, {
      timeout: 10_000,
    });
  });
});
