/**
 * The side panel in real Chromium with the built extension: the in-page toolbar's "Note" opens
 * it on that highlight's note editor (the note is typed there, never in the page), it follows
 * a tab switch, clicking an item scrolls the page to it and flashes it, and the hover card
 * shows over an automatic highlight. Screenshots of the panel (light and dark) and of the card are saved under
 * artifacts/e2e/ for review.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBrowsers } from '../../scripts/find-browser.mjs';
import { type LaunchedChromium, launchChromiumWithExtension } from '../../scripts/lib/launch-chromium.mjs';
import { readStoredRows, waitForHighlights } from '../../scripts/lib/page-probes.mjs';
import { type ServedDirectory, serveDirectory } from '../../scripts/serve-demo.mjs';
import { ARTICLE_EXPECTATIONS } from './helpers/expectations';
import { DEMO_DIR, DIST_CHROMIUM, ROOT, requireBuild } from './helpers/paths';
import { clickToolbar, selectPhrase, waitForToolbar } from './helpers/reader';
import { extensionViews, SidePanel } from './helpers/side-panel';

const [VI, EN] = ARTICLE_EXPECTATIONS as [(typeof ARTICLE_EXPECTATIONS)[0], (typeof ARTICLE_EXPECTATIONS)[0]];
const ARTIFACTS = join(ROOT, 'artifacts/e2e');
// A phrase of the English demo article (our own page), in one text node.
const NOTED = 'rolling blackouts in the northern provinces';
const NOTE = 'Ask the ministry for the outage map.';

let served: ServedDirectory;
let browser: LaunchedChromium;
let en: Page;
let vi: Page;
let panel: SidePanel | undefined;

async function openArticle(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${served.origin}/${file}`, { waitUntil: 'load' });
  await waitForHighlights(page, 20_000);
  return page;
}

/** The panel's shown page title, once it is `title`. */
const showsTitle = (title: string) =>
  `document.querySelector('[data-testid="page-title"]')?.textContent === ${JSON.stringify(title)}`;

/** The extension's service worker: reads the database like an extension page, without being a tab. */
const worker = () => browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;

/** The hover card's host on the page (its content is in a closed shadow root). */
const cardShown = (page: Page) =>
  page.evaluate(() => document.documentElement.querySelector(':scope > newsmark-card') !== null);

beforeAll(async () => {
  const extensionDir = requireBuild(DIST_CHROMIUM);
  const { chromium } = ensureBrowsers(['chromium']);
  await mkdir(ARTIFACTS, { recursive: true });
  served = await serveDirectory(DEMO_DIR);
  browser = await launchChromiumWithExtension({ executablePath: chromium, extensionDir, headless: true });
  vi = await openArticle(VI.file);
  en = await openArticle(EN.file);
  await en.bringToFront();
});

afterAll(async () => {
  await panel?.detach();
  await browser?.close();
  await served?.close();
});

describe('Chromium side panel', () => {
  it('opens from the toolbar’s "Note" on that highlight’s editor; the note is typed there', async () => {
    expect(await extensionViews(browser.context, 'SIDE_PANEL')).toEqual([]);
    await selectPhrase(en, NOTED);
    await waitForToolbar(en);
    await clickToolbar(en, 'note');
    // The click's message reached the background inside the user gesture: the panel opened.
    await expect
      .poll(() => extensionViews(browser.context, 'SIDE_PANEL'), { timeout: 10_000 })
      .toHaveLength(1);
    panel = await SidePanel.attach(browser.context, 'panel.html');
    await panel.waitFor(showsTitle(EN.title));
    const editing = await panel.waitFor<string>(
      `(() => { const box = document.activeElement; return box?.tagName === 'TEXTAREA' &&
        box.closest('[data-testid="reader-note"]')?.querySelector('q')?.textContent; })()`,
    );
    expect(editing).toBe(NOTED);
    await panel.send('Input.insertText', { text: NOTE });
    await panel.evaluate(`document.querySelector('[data-testid="reader-note-save"]').click()`);
    await panel.waitFor(
      `document.querySelector('[data-testid="reader-note"] .note-body')?.textContent === ${JSON.stringify(NOTE)}`,
    );
    const rows = (await readStoredRows(worker() as never, en.url())).annotations;
    expect(rows.find((row) => row.quote === NOTED)).toMatchObject({ origin: 'reader', body: NOTE });
    await en.waitForFunction(() => (CSS.highlights.get('newsmark-reader-yellow')?.size ?? 0) === 1);
  });

  it('follows a tab switch, and back, without a reload', async () => {
    const loads = await panel!.evaluate<number>('performance.getEntriesByType("navigation").length');
    await vi.bringToFront();
    await panel!.waitFor(showsTitle(VI.title));
    expect(
      await panel!.evaluate<number>(`document.querySelectorAll('[data-testid="official"]').length`),
    ).toBeGreaterThan(0);
    await en.bringToFront();
    await panel!.waitFor(showsTitle(EN.title));
    expect(await panel!.evaluate<number>('performance.getEntriesByType("navigation").length')).toBe(loads);
  });

  it('scrolls the page to a clicked item and flashes it, then shows its card', async () => {
    await en.evaluate(() => window.scrollTo(0, 0));
    const directive = 'Utilities must report';
    const clicked = await panel!.evaluate<boolean>(`(() => {
      const item = [...document.querySelectorAll('[data-testid="directive"]')]
        .find((li) => li.textContent.includes(${JSON.stringify(directive)}));
      item?.querySelector('[data-testid="reveal"]')?.click();
      return Boolean(item);
    })()`);
    expect(clicked).toBe(true);
    await en.waitForFunction(() => CSS.highlights.has('newsmark-flash'), undefined, { timeout: 5_000 });
    const flashed = await en.evaluate(() => {
      const [range] = [...(CSS.highlights.get('newsmark-flash') ?? [])] as Range[];
      return range?.toString() ?? '';
    });
    expect(flashed).toContain(directive);
    await en.waitForFunction(
      () => {
        const [range] = [...(CSS.highlights.get('newsmark-flash') ?? [])] as Range[];
        const box = range?.getBoundingClientRect();
        return window.scrollY > 0 && box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      },
      undefined,
      { timeout: 5_000 },
    );
    expect(await cardShown(en)).toBe(true);
    // Short-lived.
    await en.waitForFunction(() => !CSS.highlights.has('newsmark-flash'), undefined, { timeout: 5_000 });
  });

  it('shows the hover card over an automatic highlight, and hides it when the pointer leaves', async () => {
    await en.mouse.move(2, 2);
    await en.waitForFunction(() => document.documentElement.querySelector(':scope > newsmark-card') === null);
    const target = await en.evaluate(() => {
      const range = [...(CSS.highlights.get('newsmark-official') ?? [])][0] as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0]!;
      const words = range.toString().trim().split(/\s+/);
      return {
        x: box.left + Math.min(box.width / 2, 20),
        y: box.top + box.height / 2,
        surname: words.at(-1)!,
      };
    });
    await en.mouse.move(target.x - 30, target.y + 40);
    await en.mouse.move(target.x, target.y, { steps: 4 });
    await en.waitForFunction(
      () => document.documentElement.querySelector(':scope > newsmark-card') !== null,
      undefined,
      { timeout: 5_000 },
    );
    await en.screenshot({ path: join(ARTIFACTS, 'hover-card.png') });
    const text = await cardText(en);
    expect(text).toContain('Official');
    // The official's name (the painted text ends with it), under the heading.
    expect(text).toContain(target.surname);
    await en.mouse.move(2, 2, { steps: 2 });
    await en.waitForFunction(() => document.documentElement.querySelector(':scope > newsmark-card') === null);
  });

  it('saves screenshots of the panel in light and dark', async () => {
    await panel!.evaluate('window.scrollTo(0, 0)');
    await panel!.screenshot(join(ARTIFACTS, 'side-panel-light.png'));
    await panel!.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: 'dark' }],
    });
    const background = await panel!.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(background).toBe('rgb(17, 24, 39)');
    await panel!.screenshot(join(ARTIFACTS, 'side-panel-dark.png'));
    await panel!.send('Emulation.setEmulatedMedia', { features: [] });
  });

  it('follows an in-page navigation of the active tab to another story', async () => {
    const title = 'Provinces told to speed up land clearance for grid lines';
    await en.bringToFront();
    await en.evaluate((headline) => {
      history.pushState({}, '', '/story-2.html');
      document.title = headline;
      document.querySelector('h1')!.textContent = headline;
      const paragraphs = [
        'HANOI — The Ministry of Industry and Trade ordered 12 provinces to finish clearing land for new transmission lines by June 30, officials said on Monday.',
        'Deputy Minister Nguyen Van Long told provincial leaders that projects worth $2.1 billion were waiting for land.',
        'Provinces must publish their compensation plans within 30 days, the ministry said.',
      ];
      document.querySelector('.story')!.replaceChildren(
        ...paragraphs.map((text) => {
          const p = document.createElement('p');
          p.textContent = text;
          return p;
        }),
      );
    }, title);
    await panel!.waitFor(
      `document.querySelector('[data-testid="page-title"]')?.getAttribute('title')?.endsWith('/story-2.html')`,
      15_000,
    );
    const figures = await panel!.evaluate<string>(
      `[...document.querySelectorAll('[data-testid="figure"]')].map((li) => li.textContent).join('|')`,
    );
    expect(figures).toContain('$2.1 billion');
    await vi.bringToFront();
    await panel!.waitFor(showsTitle(VI.title));
  });
});

/** The text of the hover card, read through the DevTools protocol (page scripts cannot reach into it). */
async function cardText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    interface Node {
      localName?: string;
      nodeType: number;
      nodeValue?: string;
      children?: Node[];
      shadowRoots?: Node[];
    }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (node: Node): Node | null =>
      node.localName === 'newsmark-card'
        ? node
        : ([...(node.shadowRoots ?? []), ...(node.children ?? [])].map(find).find(Boolean) ?? null);
    const text = (node: Node): string =>
      node.nodeType === 3
        ? (node.nodeValue ?? '')
        : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join(' ');
    const card = find(root);
    return card ? text(card).replace(/\s+/g, ' ').trim() : '';
  } finally {
    await cdp.detach();
  }
}
