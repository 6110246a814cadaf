/**
 * Reader highlights and notes in real Chromium with the built extension: made through the
 * in-page toolbar (clicked with the mouse), stored as reader rows, painted with
 * newsmark-reader-<colour>, found again on later visits even after the article changed, and
 * followed when the article grows after load.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBrowsers } from '../../scripts/find-browser.mjs';
import { evaluateIn, type FirefoxBidi, launchFirefoxBidi, pollIn } from '../../scripts/lib/firefox-bidi.mjs';
import { type LaunchedChromium, launchChromiumWithExtension } from '../../scripts/lib/launch-chromium.mjs';
import { extensionUrl, readStoredRows, waitForHighlights } from '../../scripts/lib/page-probes.mjs';
import { type ServedDirectory, serveDirectory } from '../../scripts/serve-demo.mjs';
import { DEMO_DIR, DEMO_PAGES, DIST_CHROMIUM, DIST_FIREFOX, requireBuild } from './helpers/paths';
import {
  clickToolbar,
  readerHighlightTexts,
  SELECT_PHRASE_SOURCE,
  type StoredRow,
  selectPhrase,
  TOOLBAR_HOST,
  toolbarShown,
  waitForRows,
  waitForToolbar,
} from './helpers/reader';
import { SidePanel } from './helpers/side-panel';

// Phrases of the English demo article (tests/fixtures/demo, our own page), each in one text node.
const MOVED = 'rolling blackouts in the northern provinces';
const EDITED = 'Taxpayers deserve to see what they are guaranteeing';
const EDITED_AFTER = 'Taxpayers deserve to see exactly what they are guaranteeing';
const VANISHED_SENTENCE =
  'Linh Pham, an energy economist at a research firm in Ho Chi Minh City, estimated that new storage could cut peak prices by 6 to 8 percent, though she cautioned that much depends on how quickly provinces clear land.';
const VANISHED = 'estimated that new storage could cut peak prices';
const NOTE_TEXT = 'Compare with the 2023 figures.';

let dir: string;
let served: ServedDirectory;
let browser: LaunchedChromium;
let extensionPage: Page;
let page: Page;
let pageUrl: string;

const reader = (rows: StoredRow[]) => rows.filter((row) => row.origin === 'reader');
const byQuote = (rows: StoredRow[], quote: string) => reader(rows).find((row) => row.quote === quote);

async function openStory(): Promise<Page> {
  const opened = await browser.context.newPage();
  await opened.goto(pageUrl, { waitUntil: 'load' });
  await waitForHighlights(opened, 20_000);
  return opened;
}

beforeAll(async () => {
  // A copy of the demo page that the tests may rewrite between visits.
  dir = await mkdtemp(join(tmpdir(), 'newsmark-reader-'));
  await copyFile(join(DEMO_DIR, DEMO_PAGES.en), join(dir, 'story.html'));
  const { chromium } = ensureBrowsers(['chromium']);
  served = await serveDirectory(dir);
  pageUrl = `${served.origin}/story.html`;
  browser = await launchChromiumWithExtension({
    executablePath: chromium,
    extensionDir: requireBuild(DIST_CHROMIUM),
    headless: true,
  });
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(extensionUrl(browser.extensionId, 'popup.html'));
  page = await openStory();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('reader highlights in Chromium', () => {
  it('highlights a selection through the in-page toolbar and stores a reader row', async () => {
    await selectPhrase(page, MOVED);
    await waitForToolbar(page);
    await clickToolbar(page, 'yellow');
    const rows = await waitForRows(extensionPage, pageUrl, (r) => byQuote(r, MOVED) !== undefined);
    const row = byQuote(rows, MOVED);
    expect(row).toMatchObject({
      url: pageUrl,
      origin: 'reader',
      kind: 'highlight',
      colour: 'yellow',
      quote: MOVED,
    });
    expect(row!.end - row!.start).toBe(MOVED.length);
    expect(row!.selectors).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: MOVED }),
      { type: 'TextPositionSelector', start: row!.start, end: row!.end },
    ]);
    expect(
      rows.some((r) => r.origin === 'auto'),
      'the automatic rows stay',
    ).toBe(true);
    await page.waitForFunction(() => CSS.highlights.has('newsmark-reader-yellow'));
    expect(await readerHighlightTexts(page, 'yellow')).toEqual([MOVED]);
    expect(await toolbarShown(page), 'the toolbar is gone after saving').toBe(false);
  });

  it('adds a note (and a green highlight) through the toolbar', async () => {
    await selectPhrase(page, EDITED);
    await waitForToolbar(page);
    await clickToolbar(page, 'note');
    // "Note" highlights the text and opens the side panel on its editor: the note is typed
    // there, never in the page (content/toolbar.ts).
    await waitForRows(extensionPage, pageUrl, (r) => byQuote(r, EDITED) !== undefined);
    const panel = await SidePanel.attach(browser.context, 'panel.html');
    try {
      await panel.waitFor(`document.activeElement?.tagName === 'TEXTAREA'`);
      await panel.send('Input.insertText', { text: NOTE_TEXT });
      await panel.evaluate(`document.querySelector('[data-testid="reader-note-save"]').click()`);
    } finally {
      await panel.detach();
    }
    await waitForRows(extensionPage, pageUrl, (r) => byQuote(r, EDITED)?.body === NOTE_TEXT);
    await selectPhrase(page, VANISHED);
    await waitForToolbar(page);
    await clickToolbar(page, 'green');
    const rows = await waitForRows(extensionPage, pageUrl, (r) => reader(r).length === 3);
    expect(byQuote(rows, EDITED)).toMatchObject({ kind: 'note', body: NOTE_TEXT, colour: 'yellow' });
    expect(byQuote(rows, VANISHED)).toMatchObject({ kind: 'highlight', colour: 'green' });
    await page.waitForFunction(() => (CSS.highlights.get('newsmark-reader-green')?.size ?? 0) > 0);
    expect(await readerHighlightTexts(page, 'yellow')).toEqual([MOVED, EDITED]);
    expect(await readerHighlightTexts(page, 'green')).toEqual([VANISHED]);
  });

  it('offers no toolbar for a selection outside the article', async () => {
    await selectPhrase(page, 'All rights reserved', 'footer');
    await page.waitForTimeout(800);
    expect(await toolbarShown(page)).toBe(false);
    await page.evaluate(() => getSelection()?.removeAllRanges());
  });

  it('re-anchors and repaints the reader highlights on a later visit', async () => {
    await page.close();
    page = await openStory();
    await page.waitForFunction(() => (CSS.highlights.get('newsmark-reader-yellow')?.size ?? 0) === 2);
    expect(await readerHighlightTexts(page, 'yellow')).toEqual([MOVED, EDITED]);
    expect(await readerHighlightTexts(page, 'green')).toEqual([VANISHED]);
    const rows = await readStoredRows(extensionPage, pageUrl);
    expect(reader(rows.annotations).every((row) => row.orphan !== true)).toBe(true);
  });

  it('finds moved and edited quotes after the article changed, and keeps a vanished one as an orphan', async () => {
    const before = (await readStoredRows(extensionPage, pageUrl)).annotations;
    const html = await readFile(join(dir, 'story.html'), 'utf8');
    const lead = '<p>Editor’s note: this story was expanded with reporting from Hanoi and Washington.</p>';
    const changed = html
      .replace('<div class="story">', `<div class="story">\n${lead}`)
      .replace(EDITED, EDITED_AFTER)
      .replace(VANISHED_SENTENCE, 'Analysts gave no estimate of prices.');
    expect(changed).not.toBe(html);
    await writeFile(join(dir, 'story.html'), changed);
    await page.close();
    page = await openStory();
    await page.waitForFunction(() => (CSS.highlights.get('newsmark-reader-yellow')?.size ?? 0) === 2);
    expect(await readerHighlightTexts(page, 'yellow')).toEqual([MOVED, EDITED_AFTER]);
    expect(await readerHighlightTexts(page, 'green')).toEqual([]);
    const rows = await waitForRows(extensionPage, pageUrl, (r) => byQuote(r, VANISHED)?.orphan === true);
    const moved = byQuote(rows, MOVED)!;
    expect(moved.start).toBeGreaterThan(byQuote(before, MOVED)!.start);
    expect(moved.orphan).toBe(false);
    expect(byQuote(rows, EDITED)).toMatchObject({ kind: 'note', body: NOTE_TEXT, orphan: false });
    expect(byQuote(rows, VANISHED)).toMatchObject({ orphan: true, start: byQuote(before, VANISHED)!.start });
  });

  it('follows the article when it grows after load', async () => {
    const before = byQuote((await readStoredRows(extensionPage, pageUrl)).annotations, MOVED)!;
    const added = 'The ministry later said the first 120 kilometers of lines would cost $95 million.';
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('.story')!.prepend(p);
    }, added);
    const rows = await waitForRows(
      extensionPage,
      pageUrl,
      (r) => (byQuote(r, MOVED)?.start ?? 0) > before.start && r.some((x) => x.quote === '$95 million'),
    );
    expect(byQuote(rows, MOVED)!.start).toBe(before.start + added.length + 2);
    await page.waitForFunction(() =>
      [...(CSS.highlights.get('newsmark-figure') ?? [])].some((r) => r.toString() === '$95 million'),
    );
    expect(await readerHighlightTexts(page, 'yellow')).toEqual([MOVED, EDITED_AFTER]);
  });

  it('follows an in-page navigation to another story: its own record, its own reader highlights', async () => {
    const nextUrl = `${served.origin}/story-2.html`;
    await page.evaluate(() => {
      history.pushState({}, '', '/story-2.html');
      document.querySelector('h1')!.textContent = 'Provinces told to speed up land clearance for grid lines';
      const story = document.querySelector('.story')!;
      const paragraphs = [
        'HANOI — The Ministry of Industry and Trade ordered 12 provinces to finish clearing land for new transmission lines by June 30, officials said on Monday.',
        'Deputy Minister Nguyen Van Long told provincial leaders that projects worth $2.1 billion were waiting for land, and that delays of more than 90 days would be reported to the prime minister.',
        'Provinces must publish their compensation plans within 30 days, the ministry said.',
      ];
      story.replaceChildren(
        ...paragraphs.map((text) => {
          const p = document.createElement('p');
          p.textContent = text;
          return p;
        }),
      );
    });
    const stored = await waitForRows(extensionPage, nextUrl, (r) =>
      r.some((x) => x.quote === '$2.1 billion'),
    );
    expect(stored.some((row) => row.origin === 'auto')).toBe(true);
    expect(reader(stored)).toEqual([]);
    // The first story's reader highlights are not painted over the second one.
    await page.waitForFunction(() => CSS.highlights.get('newsmark-reader-yellow')?.size === 0);
    const phrase = 'finish clearing land for new transmission lines';
    await selectPhrase(page, phrase);
    await waitForToolbar(page);
    await clickToolbar(page, 'blue');
    const rows = await waitForRows(extensionPage, nextUrl, (r) => byQuote(r, phrase) !== undefined);
    expect(byQuote(rows, phrase)).toMatchObject({ url: nextUrl, colour: 'blue', kind: 'highlight' });
    expect(await readerHighlightTexts(page, 'blue')).toEqual([phrase]);
    const first = await readStoredRows(extensionPage, pageUrl);
    expect(reader(first.annotations)).toHaveLength(3);
  });

  it('repaints when the popup says it deleted a reader annotation', async () => {
    const nextUrl = `${served.origin}/story-2.html`;
    const [row] = reader((await readStoredRows(extensionPage, nextUrl)).annotations);
    expect(row?.colour).toBe('blue');
    // What the popup does: delete the row in the extension's database, then tell the tabs.
    await extensionPage.evaluate(
      async ({ id, url }) => {
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const open = indexedDB.open('newsmark');
          open.onsuccess = () => done(open.result);
          open.onerror = () => fail(open.error);
        });
        // The row out of its pack (annotation-packs.ts), the pack's ids index kept true.
        await new Promise((done, fail) => {
          const tx = db.transaction('packs', 'readwrite');
          const packs = tx.objectStore('packs');
          const read = packs.index('ids').get(id);
          read.onsuccess = () => {
            const pack = read.result;
            pack.rows = pack.rows.filter((r: { id: string }) => r.id !== id);
            pack.ids = pack.ids.filter((i: string) => i !== id);
            if (pack.rows.length > 0) packs.put(pack);
            else packs.delete([pack.url, pack.part]);
          };
          tx.oncomplete = done;
          tx.onerror = () => fail(tx.error);
        });
        db.close();
        for (const tab of await chrome.tabs.query({})) {
          if (tab.id === undefined) continue;
          await chrome.tabs
            .sendMessage(tab.id, { type: 'popup/reader-annotations-changed', url })
            .catch(() => undefined);
        }
      },
      { id: row!.id, url: nextUrl },
    );
    await page.waitForFunction(() => CSS.highlights.get('newsmark-reader-blue')?.size === 0);
  });

  it('highlights on the context-menu/keyboard command and refuses it outside the article', async () => {
    const nextUrl = `${served.origin}/story-2.html`;
    // The message the background sends for "Highlight with Newsmark" or Alt+Shift+H; only
    // extension pages can send it, so the test sends it from one.
    const sendCommand = () =>
      extensionPage.evaluate(async () => {
        for (const tab of await chrome.tabs.query({})) {
          if (tab.id === undefined) continue;
          await chrome.tabs
            .sendMessage(tab.id, { type: 'background/reader-command', action: 'highlight', colour: 'purple' })
            .catch(() => undefined);
        }
      });
    const phrase = 'Provinces must publish their compensation plans';
    await selectPhrase(page, phrase);
    await sendCommand();
    const rows = await waitForRows(extensionPage, nextUrl, (r) => byQuote(r, phrase) !== undefined);
    expect(byQuote(rows, phrase)).toMatchObject({ colour: 'purple', kind: 'highlight' });
    await page.waitForFunction(() => CSS.highlights.get('newsmark-reader-purple')?.size === 1);
    await selectPhrase(page, 'All rights reserved', 'footer');
    await sendCommand();
    await waitForToolbar(page); // showing the refusal
    await page.waitForTimeout(300);
    expect(reader((await readStoredRows(extensionPage, nextUrl)).annotations)).toHaveLength(1);
  });
});

describe('reader highlights in Firefox', () => {
  let firefox: FirefoxBidi;
  let context: string;
  let story: string;

  const evaluate = (expression: string) => evaluateIn(firefox.send, context, expression);
  const poll = (expression: string, timeout?: number): Promise<unknown> =>
    pollIn(firefox.send, context, expression, timeout);

  beforeAll(async () => {
    const extensionDir = requireBuild(DIST_FIREFOX);
    const { firefox: executablePath } = ensureBrowsers(['firefox']);
    firefox = await launchFirefoxBidi({ executablePath });
    await firefox.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
    const tree = await firefox.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    context = tree.contexts[0]!.context;
    story = `${served.origin}/${DEMO_PAGES.en}`;
    await copyFile(join(DEMO_DIR, DEMO_PAGES.en), join(dir, DEMO_PAGES.en));
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('highlights through the toolbar with the mouse and paints it again on the next visit', async () => {
    await firefox.send('browsingContext.navigate', { context, url: story, wait: 'complete' });
    expect(await poll("CSS.highlights.has('newsmark-official')", 20_000)).toBe(true);
    await evaluate(`(${SELECT_PHRASE_SOURCE})(${JSON.stringify(MOVED)}, 'article')`);
    const box = await poll(
      `(() => { const h = document.documentElement.querySelector(':scope > ${TOOLBAR_HOST}');` +
        " if (!h) return null; h.scrollIntoView({ block: 'center' }); const r = h.getBoundingClientRect();" +
        ' return JSON.stringify([r.left, r.top]); })()',
    );
    expect(box, 'the toolbar appears').toBeTruthy();
    // The first swatch (yellow) sits 6 px inside the panel and is 24 px wide (toolbar-style.ts).
    const [left, top] = JSON.parse(String(box)) as [number, number];
    const x = Math.round(left + 6 + 12);
    const y = Math.round(top + 6 + 12);
    await firefox.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x, y },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    const painted =
      "[...(CSS.highlights.get('newsmark-reader-yellow') ?? [])].map((r) => r.toString()).join('|')";
    expect(await poll(painted)).toBe(MOVED);
    await firefox.send('browsingContext.navigate', { context, url: story, wait: 'complete' });
    expect(await poll(painted)).toBe(MOVED);
  });
});
