/**
 * Runs the library benchmark in headless Chromium: bundles bench-library-browser.ts with
 * esbuild into a page served from a temporary folder (a real origin, so IndexedDB is the
 * browser's own) and prints what the page measured; then reloads the page and times the
 * library searches again.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { locateBrowser } from '../find-browser.mjs';
import { serveDirectory } from '../serve-demo.mjs';
import type { PageRun } from './bench-library-browser';
import { targetsMet } from './bench-library-core';

export async function runInChromium(sizes: { pages: number; rows: number }): Promise<void> {
  const executablePath = locateBrowser('chromium');
  if (!executablePath) {
    console.log('bench:library in Chromium: skipped (no Chromium found)');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'newsmark-bench-'));
  const served = await serveDirectory(dir);
  // gc() exposed: the bench collects its own garbage (the generated library) before timing.
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--js-flags=--expose-gc'] });
  try {
    await build({
      entryPoints: [fileURLToPath(new URL('./bench-library-browser.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      outfile: join(dir, 'bench.js'),
      logLevel: 'error',
    });
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><script src="bench.js"></script>',
    );
    const page = await browser.newPage();
    await page.goto(`${served.origin}/index.html`);
    console.log(`bench:library in Chromium ${browser.version()} (its IndexedDB, a served page)`);
    const print = (run: PageRun) => {
      for (const line of run.printed) console.log(`  ${line}`);
      return run.lines;
    };
    const lines = print(await page.evaluate((s) => window.runLibraryBench(s), sizes));
    // A panel opened later: the database settled, the page's code not run yet.
    await page.reload();
    const reloaded = print(await page.evaluate(() => window.runSearchBench('after a reload')));
    console.log(`  ${targetsMet([...lines, ...reloaded])}`);
  } finally {
    await browser.close();
    await served.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}
