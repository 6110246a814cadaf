/**
 * The Firefox build's sidebar page (dist/firefox, sidebar_action) in headless Firefox over
 * WebDriver BiDi. The sidebar opens only from the browser's own UI or a user action, and BiDi
 * may not navigate to extension pages, so the browser window's own script opens the sidebar's
 * page, panel.html, in a background tab of the article's window: the same code, following the
 * active tab (the article). It lists the page's items.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBrowsers } from '../../scripts/find-browser.mjs';
import { evaluateIn, type FirefoxBidi, launchFirefoxBidi, pollIn } from '../../scripts/lib/firefox-bidi.mjs';
import { type ServedDirectory, serveDirectory } from '../../scripts/serve-demo.mjs';
import { ARTICLE_EXPECTATIONS } from './helpers/expectations';
import { DEMO_DIR, DIST_FIREFOX, requireBuild } from './helpers/paths';

const [, EN] = ARTICLE_EXPECTATIONS as [(typeof ARTICLE_EXPECTATIONS)[0], (typeof ARTICLE_EXPECTATIONS)[0]];
const ADDON_ID = 'newsmark@newsmark.example';
// Fixed for the test, so the extension's pages have a known moz-extension:// address.
const UUID = '6a0f3e51-8c2d-4b7e-9f10-2c4d5e6f7a80';

let served: ServedDirectory;
let firefox: FirefoxBidi;
let article: string;
let panel: string;

beforeAll(async () => {
  const extensionDir = requireBuild(DIST_FIREFOX);
  const { firefox: executablePath } = ensureBrowsers(['firefox']);
  served = await serveDirectory(DEMO_DIR);
  firefox = await launchFirefoxBidi({
    executablePath,
    prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
    systemAccess: true,
  });
  await firefox.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  const tree = await firefox.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  article = tree.contexts[0]!.context;
});

/** Opens an extension page in a background tab from the browser window's script; returns its context. */
async function openExtensionTab(url: string): Promise<string> {
  await firefox.chromeScript(`gBrowser.addTab(${JSON.stringify(url)}, {
    triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); return true;`);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const tree = await firefox.send<{ contexts: { context: string; url: string }[] }>(
      'browsingContext.getTree',
      {},
    );
    const tab = tree.contexts.find((c) => c.url === url);
    if (tab) return tab.context;
    if (Date.now() > deadline) throw new Error(`${url} did not open`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

afterAll(async () => {
  await firefox?.close();
  await served?.close();
});

describe('Firefox sidebar page (dist/firefox)', () => {
  it('loads and lists the active page’s officials, figures and directives', async () => {
    await firefox.send('browsingContext.navigate', {
      context: article,
      url: `${served.origin}/${EN.file}`,
      wait: 'complete',
    });
    expect(await pollIn(firefox.send, article, "CSS.highlights.has('newsmark-official')", 20_000)).toBe(true);
    panel = await openExtensionTab(`moz-extension://${UUID}/panel.html`);
    // This is the Firefox build: the sidebar is declared, Chromium's side panel is not.
    const manifest = JSON.parse(
      String(await evaluateIn(firefox.send, panel, 'JSON.stringify(browser.runtime.getManifest())')),
    ) as Record<string, { default_panel?: string; open_at_install?: boolean } | undefined>;
    expect(manifest.sidebar_action?.default_panel).toMatch(/panel\.html$/);
    expect(manifest.sidebar_action?.open_at_install).toBe(false);
    expect(manifest.side_panel).toBeUndefined();
    const title = await pollIn(
      firefox.send,
      panel,
      `document.querySelector('[data-testid="page-title"]')?.textContent ?? ''`,
      15_000,
    );
    expect(title).toBe(EN.title);
    const counts = JSON.parse(
      String(
        await evaluateIn(
          firefox.send,
          panel,
          `JSON.stringify(['official', 'figure', 'directive'].map((k) => document.querySelectorAll('[data-testid="' + k + '"]').length))`,
        ),
      ),
    ) as number[];
    expect(counts.every((n) => n > 0)).toBe(true);
    const officials = String(
      await evaluateIn(
        firefox.send,
        panel,
        `[...document.querySelectorAll('[data-testid="official"] .item-main')].map((e) => e.textContent).join('|')`,
      ),
    );
    for (const name of EN.contains.official) expect(officials).toContain(name);
    // Items scroll the page: with a tab to talk to, each is a button.
    expect(
      await evaluateIn(firefox.send, panel, `document.querySelectorAll('[data-testid="reveal"]').length > 0`),
    ).toBe(true);
  });
});
