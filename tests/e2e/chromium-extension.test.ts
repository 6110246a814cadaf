/**
 * The built extension (dist/chromium) in Debian's Chromium, on the demo pages served from
 * 127.0.0.1: highlights, stored rows, popup, privacy, DOM untouched, CLI agreement.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBrowsers } from '../../scripts/find-browser.mjs';
import { type LaunchedChromium, launchChromiumWithExtension } from '../../scripts/lib/launch-chromium.mjs';
import {
  exportMarkdown,
  extensionUrl,
  openPopupFor,
  readPopup,
  readStoredRows,
} from '../../scripts/lib/page-probes.mjs';
import { type ServedDirectory, serveDirectory } from '../../scripts/serve-demo.mjs';
import { describeTextRange, type TextSelector } from '../../src/engine/anchor/selectors';
import { annotateWithCli, type CliRecord, spanKey } from './helpers/cli';
import { ARTICLE_EXPECTATIONS } from './helpers/expectations';
import { DEMO_DIR, DEMO_PAGES, DIST_CHROMIUM, requireBuild } from './helpers/paths';
import { type Visit, visitPage, watchMutations } from './helpers/visit';

const KINDS = ['official', 'figure', 'directive'] as const;
const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

let served: ServedDirectory;
let browser: LaunchedChromium;
let extensionPage: Page;
const visits = new Map<string, Promise<Visit>>();
let cliRun: Promise<Map<string, CliRecord>>;

/** Each demo page is visited once; every test of that page reads the same visit. */
function visit(file: string, expectHighlights = true): Promise<Visit> {
  let pending = visits.get(file);
  if (!pending) {
    pending = visitPage(browser.context, extensionPage, `${served.origin}/${file}`, { expectHighlights });
    visits.set(file, pending);
  }
  return pending;
}

async function paintedVisit(file: string): Promise<Visit> {
  const seen = await visit(file);
  expect(seen.paintError, `CSS.highlights never got 'newsmark-official' on ${file}`).toBeNull();
  return seen;
}

beforeAll(async () => {
  // The CLI runs alongside the browser work; the agreement tests await it.
  cliRun = annotateWithCli(ARTICLE_EXPECTATIONS.map((page) => join(DEMO_DIR, page.file)));
  cliRun.catch(() => {});
  const { chromium } = ensureBrowsers(['chromium']);
  served = await serveDirectory(DEMO_DIR);
  browser = await launchChromiumWithExtension({
    executablePath: chromium,
    extensionDir: requireBuild(DIST_CHROMIUM),
    headless: true,
  });
  await browser.context.addInitScript(watchMutations);
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(extensionUrl(browser.extensionId, 'popup.html'));
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe.each(ARTICLE_EXPECTATIONS)('Chromium on $file', (expected) => {
  it('paints highlights in all three categories, with sensible texts', async () => {
    const { highlights } = await paintedVisit(expected.file);
    for (const kind of KINDS) {
      expect(highlights[kind].length, `${kind} highlights`).toBeGreaterThan(0);
      for (const want of expected.contains[kind]) {
        expect(
          highlights[kind].some((text) => text.includes(want)),
          `a ${kind} range containing "${want}"`,
        ).toBe(true);
      }
    }
    for (const kind of ['official', 'figure'] as const) {
      for (const unwanted of expected.never[kind]) {
        const bad = highlights[kind].filter((text) => text.includes(unwanted));
        expect(bad, `${kind} ranges must not contain "${unwanted}"`).toEqual([]);
      }
    }
    expect(
      highlights.figure.every((text) => /\d/.test(text)),
      'every figure has a digit',
    ).toBe(true);
  });

  it('stores the page record and its automatic annotations in the extension database', async () => {
    const { stored, url } = await paintedVisit(expected.file);
    expect(stored.stores).toEqual(expect.arrayContaining(['pages', 'packs']));
    expect(stored.page?.url).toBe(url);
    expect(stored.page?.title).toBe(expected.title);
    expect(stored.page?.canonicalUrl).toBe(expected.canonical);
    const auto = stored.annotations.filter((row) => row.origin === 'auto');
    for (const kind of KINDS) expect(auto.filter((row) => row.kind === kind).length, kind).toBeGreaterThan(0);
    for (const row of auto) {
      expect(row.url).toBe(url);
      expect(typeof row.id).toBe('string');
      expect(row.end).toBeGreaterThan(row.start);
      expect(JSON.stringify(row.selectors)).toContain('TextQuoteSelector');
      expect(JSON.stringify(row.selectors)).toContain('TextPositionSelector');
    }
    const officials = auto.filter((row) => row.kind === 'official');
    expect(
      officials.every(
        (row) => typeof row.name === 'string' && row.quote.includes(row.name!.split(' ').at(-1)!),
      ),
    ).toBe(true);
  });

  it('highlights exactly what it stored', async () => {
    const { stored, highlights } = await paintedVisit(expected.file);
    for (const kind of KINDS) {
      const quotes = stored.annotations.filter((row) => row.origin === 'auto' && row.kind === kind);
      expect(highlights[kind].map(fold).sort(), kind).toEqual(quotes.map((row) => fold(row.quote)).sort());
    }
  });

  it('stores the same annotations as the CLI (kind, start, end, text)', async () => {
    const { stored } = await paintedVisit(expected.file);
    const cli = (await cliRun).get(join(DEMO_DIR, expected.file));
    expect(cli?.error, 'the CLI annotated the page').toBeUndefined();
    if (!cli) throw new Error(`no CLI record for ${expected.file}`);
    expect(cli.article.isArticle).toBe(true);
    const fromCli = cli.annotations.map(spanKey).sort();
    const fromDb = stored.annotations
      .filter((row) => row.origin === 'auto')
      .map((row) => spanKey({ kind: row.kind, start: row.start, end: row.end, text: row.quote }))
      .sort();
    expect(fromDb).toEqual(fromCli);
  });

  it('reads the same article live as the CLI does (metadata, and the text around every annotation)', async () => {
    const { stored } = await paintedVisit(expected.file);
    const cli = (await cliRun).get(join(DEMO_DIR, expected.file));
    if (!cli) throw new Error(`no CLI record for ${expected.file}`);
    const { article } = cli;
    expect(stored.page).toMatchObject({
      title: article.title,
      byline: article.byline,
      published: article.published,
      lang: article.lang,
      site: article.siteName,
    });
    // The stored quote selectors were cut from the live page's article text: rebuilt from the
    // CLI's text they must be identical, so both sides read the same text around each span.
    const live = stored.annotations
      .filter((row) => row.origin === 'auto')
      .map((row) =>
        JSON.stringify((row.selectors as TextSelector[]).find((sel) => sel.type === 'TextQuoteSelector')),
      )
      .sort();
    const fromCli = cli.annotations
      .map((a) => JSON.stringify(describeTextRange(article.text, a.start, a.end)[0]))
      .sort();
    expect(live).toEqual(fromCli);
  });

  it('lists them in the popup with the right counts', async () => {
    const { stored, url } = await paintedVisit(expected.file);
    const popup = await openPopupFor(browser.context, browser.extensionId, url);
    const view = await readPopup(popup);
    await popup.close();
    expect(view.empty).toBe(false);
    expect(view.title).toBe(expected.title);
    const auto = stored.annotations.filter((row) => row.origin === 'auto');
    const distinctOfficials = new Set(auto.filter((row) => row.kind === 'official').map((row) => row.name));
    expect(view.counts.official).toBe(distinctOfficials.size);
    expect(view.items.official.length).toBe(distinctOfficials.size);
    for (const kind of ['figure', 'directive'] as const) {
      const rows = auto.filter((row) => row.kind === kind).length;
      expect(view.counts[kind], `count-${kind}`).toBe(rows);
      expect(view.items[kind].length, `${kind} items`).toBe(rows);
    }
    for (const name of expected.contains.official) {
      expect(
        view.items.official.some((item) => item.includes(name)),
        `popup lists ${name}`,
      ).toBe(true);
    }
  });

  it('leaves the page DOM untouched', async () => {
    const seen = await paintedVisit(expected.file);
    expect(seen.htmlBefore.length).toBeGreaterThan(1000);
    expect(seen.mutations).toEqual([]);
    expect(seen.htmlAfter).toBe(seen.htmlBefore);
  });

  it("keeps the database out of the page's reach", async () => {
    const seen = await paintedVisit(expected.file);
    expect(seen.stored.page, 'the extension did store the page').not.toBeNull();
    expect(seen.pageSideDatabases.filter((name) => name.toLowerCase().includes('newsmark'))).toEqual([]);
  });
});

describe('Chromium on a page that is not an article', () => {
  it('paints nothing and stores nothing', async () => {
    await Promise.all(ARTICLE_EXPECTATIONS.map((page) => visit(page.file))); // the pipeline has run
    const seen = await visit(DEMO_PAGES.section, false);
    expect(seen.painted).toBe(false);
    expect(seen.highlights).toEqual({ official: [], figure: [], directive: [] });
    expect(seen.stored.page).toBeNull();
    expect(seen.stored.annotations).toEqual([]);
    expect(seen.mutations).toEqual([]);
  });
});

describe('Chromium popup export', () => {
  it.each(ARTICLE_EXPECTATIONS)('downloads $file as Markdown from the export-md button', async (expected) => {
    const { url } = await paintedVisit(expected.file);
    const popup = await openPopupFor(browser.context, browser.extensionId, url);
    const dir = await mkdtemp(join(tmpdir(), 'newsmark-export-'));
    try {
      const name = await exportMarkdown(popup, join(dir, 'export.md'));
      const markdown = await readFile(join(dir, 'export.md'), 'utf8');
      expect(name).toMatch(/^[a-z0-9-]+\.md$/);
      expect(markdown).toContain(expected.title);
      for (const want of [...expected.contains.official, ...expected.contains.figure]) {
        expect(markdown, `the Markdown mentions "${want}"`).toContain(want);
      }
    } finally {
      await popup.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Chromium on a revisit through a tracking link', () => {
  it('updates the same record, keyed without tracking parameters, and does not duplicate rows', async () => {
    const file = DEMO_PAGES.vi;
    const first = await paintedVisit(file);
    const before = first.stored;
    const tracked = `${first.url}?utm_source=newsletter&utm_medium=email&fbclid=abc123#tin-chinh`;
    const page = await browser.context.newPage();
    await page.goto(tracked, { waitUntil: 'load' });
    await page.waitForFunction(() => CSS.highlights.has('newsmark-official'), undefined, { timeout: 20_000 });
    await page.close();
    const deadline = Date.now() + 15_000;
    let after = await readStoredRows(extensionPage, first.url);
    while ((after.page?.lastSeen ?? 0) <= (before.page?.lastSeen ?? 0) && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 200));
      after = await readStoredRows(extensionPage, first.url);
    }
    expect(after.page?.lastSeen, 'lastSeen moves on at the revisit').toBeGreaterThan(
      Number(before.page?.lastSeen),
    );
    expect(after.page?.firstSeen).toBe(before.page?.firstSeen);
    const keys = (rows: typeof before.annotations) =>
      rows
        .filter((row) => row.origin === 'auto')
        .map((row) => spanKey({ kind: row.kind, start: row.start, end: row.end, text: row.quote }))
        .sort();
    expect(keys(after.annotations)).toEqual(keys(before.annotations));
    const trackedRows = await readStoredRows(extensionPage, tracked.replace(/#.*$/, ''));
    expect(trackedRows.page).toBeNull();
    expect(trackedRows.annotations).toEqual([]);
  });
});
