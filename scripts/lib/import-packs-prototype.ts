/**
 * Issue 10's storage question, measured raw: `npx tsx scripts/lib/import-packs-prototype.ts
 * [--rows=N] [--chunk=N] [--variants=rows,packs,packs-json] [--repeat=N]`. Each variant runs in
 * a fresh Chromium (a routed https page, raw IndexedDB: import-packs-page.ts) and prints its
 * wall times and the CPU of all Chromium's processes by kind (the browser's IndexedDB work is
 * most of an import's cost). Results are recorded in scripts/bench-import.ts's header.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureBrowsers } from '../find-browser.mjs';
import { treeCpuByKind } from './import-chromium-cpu';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ROWS = Number(arg('rows', '100000'));
const CHUNK = Number(arg('chunk', '500'));
const VARIANTS = arg('variants', 'packs,packs-json,rows').split(',');
const REPEAT = Number(arg('repeat', '1'));

const bundle = await build({
  entryPoints: [new URL('./import-packs-page.ts', import.meta.url).pathname],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
});
const script = bundle.outputFiles[0]!.text;

/** The browser process launched with `marker` on its command line. */
function rootOf(marker: string): number | undefined {
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n)))
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (cmd.includes(marker) && !cmd.includes('--type=')) return Number(name);
    } catch {}
  return undefined;
}

const { chromium: executablePath } = ensureBrowsers(['chromium']);
for (let r = 0; r < REPEAT; r++)
  for (const variant of VARIANTS) {
    const marker = `--newsmark-packs-proto=${process.pid}-${variant}-${r}`;
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', marker],
    });
    try {
      const page = await browser.newPage();
      await page.route('https://packs.invalid/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${script}</script>` }),
      );
      await page.goto('https://packs.invalid/');
      const root = rootOf(marker);
      type Proto = Record<string, (...args: unknown[]) => Promise<Record<string, number>>>;
      /** Runs one step in the page; its wall time and Chromium's CPU by process kind. */
      const step = async (name: string, ...args: unknown[]) => {
        const before = root === undefined ? null : treeCpuByKind(root);
        const t0 = performance.now();
        const result = await page.evaluate(
          ([n, a]) => (globalThis as unknown as { proto: Proto }).proto[n as string]!(...(a as unknown[])),
          [name, args] as const,
        );
        const wall = (performance.now() - t0) / 1000;
        const after = root === undefined ? null : treeCpuByKind(root);
        const kinds =
          before && after
            ? [...after].map(([k, s]) => [k, s - (before.get(k) ?? 0)] as const).filter(([, s]) => s >= 0.05)
            : [];
        const cpu = kinds.reduce((sum, [, s]) => sum + s, 0);
        const byKind = kinds.map(([k, s]) => `${k} ${s.toFixed(1)}`).join(', ');
        return { result, wall, cpu, text: `wall ${wall.toFixed(2)} s, CPU ${cpu.toFixed(1)} s (${byKind})` };
      };
      await step('generate', variant, ROWS);
      const w = await step('write', variant, CHUNK);
      if (variant === 'store') {
        console.log(`store      ${ROWS} rows through annotation-rows.ts putRows: WRITE ${w.text}`);
        continue;
      }
      const a = await step('readAll', variant);
      const urls = Array.from(
        { length: 50 },
        (_, i) => `https://news${(i * 37) % 50}.example/story/${(i * 37) % 2000}`,
      );
      const p = await step('readPages', variant, urls);
      console.log(
        `${variant.padEnd(10)} ${ROWS} rows in ${w.result.records} records (chunk ${CHUNK}): ` +
          `WRITE ${w.text}, prep ${((w.result.prepMs ?? 0) / 1000).toFixed(2)} s, ` +
          `${((w.cpu * 1e6) / ROWS).toFixed(0)} µs CPU a row | read all ${a.text}, rows ${a.result.rowsBack} | ` +
          `50 pages one by one ${p.text}, rows ${p.result.rowsBack}`,
      );
    } finally {
      await browser.close();
    }
  }
