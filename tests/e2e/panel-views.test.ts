/**
 * The panel's cross-article views in real Chromium with the built extension, over two demo
 * articles of our own (tests/fixtures/demo-people) that name one official under two titles:
 * People lists him once and his page shows both titles and both articles; the figures table
 * filters; an item of People, Figures or Directives brings its article's tab to the front (or
 * opens it) and flashes the item there; axe-core finds no serious or critical violation on any
 * view in light or dark (nor a moderate or minor one), and each view's screenshot is saved under artifacts/e2e/panel-views/.
 *
 * The panel is panel.html in a window of its own following the articles' window (`?window=`),
 * the same app as the side panel, so Playwright drives it as a page.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBrowsers } from '../../scripts/find-browser.mjs';
import { type LaunchedChromium, launchChromiumWithExtension } from '../../scripts/lib/launch-chromium.mjs';
import { waitForHighlights } from '../../scripts/lib/page-probes.mjs';
import { type ServedDirectory, serveDirectory } from '../../scripts/serve-demo.mjs';
import { type AxeFinding, axeViolations, isBlocking } from './helpers/axe';
import { DIST_CHROMIUM, ROOT, requireBuild } from './helpers/paths';

const DEMO = join(ROOT, 'tests/fixtures/demo-people');
const SHOTS = join(ROOT, 'artifacts/e2e/panel-views');
const PLAN = {
  file: 'en-port-plan.html',
  title: 'Coastal provinces told to finish port access roads by June',
  office: 'Minister of Transport',
};
const REVIEW = {
  file: 'en-port-review.html',
  title: 'Deputy prime minister orders review of stalled port projects',
  office: 'Deputy Prime Minister',
};
const PERSON = 'Vo Thanh Son';

let served: ServedDirectory;
let browser: LaunchedChromium;
let plan: Page;
let review: Page;
let panel: Page;

async function openArticle(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${served.origin}/${file}`, { waitUntil: 'load' });
  await waitForHighlights(page, 20_000);
  return page;
}

const worker = () => browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;

/** The text of the elements with `testId` in the panel. */
const texts = (testId: string) =>
  panel.$$eval(`[data-testid="${testId}"]`, (els) => els.map((el) => (el.textContent ?? '').trim()));

async function showView(view: string): Promise<void> {
  await panel.click(`[data-testid="tab-${view}"]`);
  await panel.waitForSelector(`#panel-${view}`);
}

async function openPerson(): Promise<void> {
  await showView('people');
  await panel.click(`[data-testid="person"]:has-text("${PERSON}")`);
  await panel.waitForSelector('[data-testid="person-page"]');
}

/** Waits until the article page flashes (reveals) a range with `text` in it; throws if it never does. */
async function waitForFlash(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const [range] = [...(CSS.highlights.get('newsmark-flash') ?? [])] as Range[];
      return range?.toString().includes(wanted) ?? false;
    },
    text,
    { timeout: 20_000 },
  );
}

const isFront = (page: Page) => page.evaluate(() => document.visibilityState === 'visible');

beforeAll(async () => {
  const extensionDir = requireBuild(DIST_CHROMIUM);
  const { chromium } = ensureBrowsers(['chromium']);
  await mkdir(SHOTS, { recursive: true });
  served = await serveDirectory(DEMO);
  browser = await launchChromiumWithExtension({ executablePath: chromium, extensionDir, headless: true });
  plan = await openArticle(PLAN.file);
  review = await openArticle(REVIEW.file);
  const windowId = await worker().evaluate(async () => (await chrome.tabs.query({}))[0]!.windowId);
  const opened = browser.context.waitForEvent('page', (p) => p.url().includes('/panel.html'));
  await worker().evaluate(
    (id) => chrome.windows.create({ url: chrome.runtime.getURL(`panel.html?window=${id}`), focused: false }),
    windowId,
  );
  panel = await opened;
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.waitForSelector('[data-testid="page-title"]');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('panel views across articles', () => {
  it('lists an official named by two articles once; his page shows both titles and both articles', async () => {
    await showView('people');
    await panel.waitForFunction(
      (name) =>
        [...document.querySelectorAll('[data-testid="person"]')].some((el) => el.textContent?.includes(name)),
      PERSON,
    );
    const people = await texts('person');
    expect(people.filter((p) => p.includes(PERSON))).toHaveLength(1);
    expect(people.find((p) => p.includes(PERSON))).toContain('2');
    await openPerson();
    const [timeline] = await texts('person-titles');
    expect(timeline).toContain(PLAN.office);
    expect(timeline).toContain(REVIEW.office);
    const articles = await panel.$$eval('[data-testid="person-articles"] button', (els) =>
      els.map((el) => el.textContent),
    );
    // Newest first.
    expect(articles).toEqual([REVIEW.title, PLAN.title]);
  });

  it('filters the figures table by text: the rows shrink to the matching ones', async () => {
    await showView('figures');
    const count = async () => Number((await texts('figures-count'))[0]?.match(/\d+/)?.[0]);
    await panel.waitForFunction(() => document.querySelectorAll('[data-testid="figure"]').length > 0);
    const all = await count();
    expect(all).toBeGreaterThanOrEqual(8);
    await panel.fill('[data-testid="figures-text"]', 'percent');
    await expect.poll(count).toBeLessThan(all);
    const shown = await count();
    expect(shown).toBeGreaterThanOrEqual(2);
    // Each row left names the word, in the figure or in its sentence.
    const rows = await texts('figure');
    expect(rows).toHaveLength(shown);
    for (const row of rows) expect(row).toContain('percent');
    await panel.fill('[data-testid="figures-text"]', '');
    await expect.poll(count).toBe(all);
  });

  it('brings an item’s article to the front and flashes it there: a figure, a directive, a person’s directive', async () => {
    expect(await isFront(review)).toBe(true);
    await showView('figures');
    await panel.click('[data-testid="figure"]:has-text("$640 million")');
    await waitForFlash(plan, '$640 million');
    expect(await isFront(plan)).toBe(true);
    // The view stays: the reader can go on down the list.
    expect(await panel.isVisible('[data-testid="figures-view"]')).toBe(true);

    await showView('directives');
    await panel.click('[data-testid="directive"]:has-text("instructed the planning ministry")');
    await waitForFlash(review, 'instructed the planning ministry');
    expect(await isFront(review)).toBe(true);

    await openPerson();
    await panel.click('[data-testid="person-directives"] button:has-text("ordered five coastal provinces")');
    await waitForFlash(plan, 'ordered five coastal provinces');
    expect(await isFront(plan)).toBe(true);
  });

  it('opens the article in a new tab when none shows it, and flashes the item once the page is read', async () => {
    await review.close();
    await showView('figures');
    const opened = browser.context.waitForEvent('page', (p) => p.url().endsWith(`/${REVIEW.file}`));
    await panel.click('[data-testid="figure"]:has-text("$2.3 billion")');
    review = await opened;
    await waitForFlash(review, '$2.3 billion');
  });

  it('has no axe violation of any impact on any view, light or dark, and saves each view’s screenshot', async () => {
    const shown = (view: string, selector: string) => async () => {
      await showView(view);
      await panel.waitForSelector(selector);
    };
    const views: [string, () => Promise<void>][] = [
      ['page', shown('page', '[data-testid="official"]')],
      ['library', shown('library', '[data-testid="library-page"]')],
      ['people', shown('people', '[data-testid="person"]')],
      ['person', openPerson],
      ['figures', shown('figures', '[data-testid="figure"]')],
      ['directives', shown('directives', '[data-testid="directive"]')],
      ['settings', shown('settings', '[data-testid="export-all"]')],
    ];
    const blocking: Record<string, AxeFinding[]> = {};
    const lesser: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)');
      for (const [view, show] of views) {
        await show();
        await panel.screenshot({ path: join(SHOTS, `${view}-${scheme}.png`), fullPage: true });
        const violations = await axeViolations(panel);
        const where = `${view} (${scheme})`;
        if (violations.some(isBlocking)) blocking[where] = violations.filter(isBlocking);
        if (violations.length > 0) lesser[where] = violations.map((v) => v.id);
      }
    }
    expect(blocking).toEqual({});
    // Nor a moderate or minor one on the views this file is about.
    expect(lesser).toEqual({});
  });
});
