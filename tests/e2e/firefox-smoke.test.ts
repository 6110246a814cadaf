/**
 * Smoke test of the Firefox build (dist/firefox) in headless firefox-esr, driven over
 * WebDriver BiDi: install the extension from its folder, open a demo page, and see the
 * highlights appear.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBrowsers } from '../../scripts/find-browser.mjs';
import { evaluateIn, type FirefoxBidi, launchFirefoxBidi, pollIn } from '../../scripts/lib/firefox-bidi.mjs';
import { type ServedDirectory, serveDirectory } from '../../scripts/serve-demo.mjs';
import { DEMO_DIR, DEMO_PAGES, DIST_FIREFOX, requireBuild } from './helpers/paths';

let served: ServedDirectory;
let firefox: FirefoxBidi;
let context: string;

const poll = (expression: string, timeout: number): Promise<unknown> =>
  pollIn(firefox.send, context, expression, timeout);

beforeAll(async () => {
  const extensionDir = requireBuild(DIST_FIREFOX);
  const { firefox: executablePath } = ensureBrowsers(['firefox']);
  served = await serveDirectory(DEMO_DIR);
  firefox = await launchFirefoxBidi({ executablePath });
  await firefox.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  const tree = await firefox.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  context = tree.contexts[0]!.context;
});

afterAll(async () => {
  await firefox?.close();
  await served?.close();
});

describe('Firefox (BiDi) with dist/firefox', () => {
  it('highlights officials, figures and directives on the Vietnamese demo page', async () => {
    const url = `${served.origin}/${DEMO_PAGES.vi}`;
    await firefox.send('browsingContext.navigate', { context, url, wait: 'complete' });
    const painted = await poll("CSS.highlights.has('newsmark-official')", 20_000);
    expect(painted, "CSS.highlights.has('newsmark-official')").toBe(true);
    const sizes = await evaluateIn(
      firefox.send,
      context,
      "JSON.stringify(['official','figure','directive'].map((k) => CSS.highlights.get('newsmark-' + k)?.size ?? 0))",
    );
    const [officials, figures, directives] = JSON.parse(String(sizes)) as number[];
    expect(officials).toBeGreaterThan(0);
    expect(figures).toBeGreaterThan(0);
    expect(directives).toBeGreaterThan(0);
  });

  it('paints nothing on the section list page', async () => {
    const url = `${served.origin}/${DEMO_PAGES.section}`;
    await firefox.send('browsingContext.navigate', { context, url, wait: 'complete' });
    await new Promise((done) => setTimeout(done, 2_000));
    expect(await evaluateIn(firefox.send, context, 'CSS.highlights.size')).toBe(0);
  });
});
