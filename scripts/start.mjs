#!/usr/bin/env node
/**
 * `npm start`: builds the extension, serves the demo pages on 127.0.0.1, opens them in
 * Chromium with Newsmark loaded, and prints what it found on each page (with a screenshot
 * and the Markdown export under artifacts/). Headed when a display exists — then it stays
 * open until the browser is closed or Ctrl-C — headless otherwise, exiting when done.
 * `--headless` forces headless.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './find-browser.mjs';
import { formatSummary, summarisePage } from './lib/demo-summary.mjs';
import { launchChromiumWithExtension } from './lib/launch-chromium.mjs';
import { extensionUrl } from './lib/page-probes.mjs';
import { DEMO_DIR, listDemoPages, serveDirectory } from './serve-demo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const artifactsDir = join(root, 'artifacts');
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

console.log('npm start: building the extension…');
const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('the build failed (see above)');

let executablePath;
try {
  executablePath = ensureBrowsers(['chromium']).chromium;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

await mkdir(artifactsDir, { recursive: true });
const served = await serveDirectory(DEMO_DIR);
console.log(`npm start: demo pages at ${served.origin}/ — Chromium ${headless ? 'headless' : 'headed'}`);
const browser = await launchChromiumWithExtension({
  executablePath,
  extensionDir: join(root, 'dist/chromium'),
  headless,
  viewport: headless ? undefined : null,
});

let closing = false;
async function shutDown(code) {
  if (closing) return;
  closing = true;
  await browser.close().catch(() => {});
  await served.close();
  process.exit(code);
}
process.on('SIGINT', () => shutDown(0));
process.on('SIGTERM', () => shutDown(0));

let articlesWithoutHighlights = 0;
try {
  const extensionPage = await browser.context.newPage();
  await extensionPage.goto(extensionUrl(browser.extensionId, 'popup.html'));
  console.log(`npm start: Newsmark loaded (extension id ${browser.extensionId})\n`);
  for (const file of await listDemoPages()) {
    const summary = await summarisePage({
      context: browser.context,
      extensionId: browser.extensionId,
      extensionPage,
      url: `${served.origin}/${file}`,
      name: file.replace(/\.html$/, ''),
      artifactsDir,
      // A list page should get nothing; a short wait shows that without stalling the demo.
      waitMs: file.startsWith('section-') ? 3_000 : 15_000,
    });
    console.log(`${formatSummary(summary)}\n`);
    if (!file.startsWith('section-') && !summary.painted) articlesWithoutHighlights++;
  }
  await extensionPage.close();
} catch (error) {
  console.error(error);
  await shutDown(1);
}

if (articlesWithoutHighlights > 0)
  console.log(`npm start: ${articlesWithoutHighlights} article page(s) got no highlights`);
if (headless) {
  await shutDown(articlesWithoutHighlights > 0 ? 1 : 0);
} else {
  const popup = extensionUrl(browser.extensionId, 'popup.html');
  console.log(
    `npm start: the browser stays open (popup as a tab: ${popup}?url=<page>). Close it or press Ctrl-C.`,
  );
  browser.context.on('close', () => shutDown(0));
}
