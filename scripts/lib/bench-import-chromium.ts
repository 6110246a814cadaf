/**
 * The import benchmark in Chromium, on the real path: the built extension (dist/chromium) is
 * loaded, its settings view opened as a tab, and a generated backup chosen in its import
 * field, so the popup's own code reads, checks and merges it into the extension's IndexedDB.
 * Time runs from choosing the file to the summary (or error) on screen; the JS heap of the
 * extension page is read over the DevTools protocol before, during (peak) and after.
 */
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ensureBrowsers } from '../find-browser.mjs';
import { chromiumRoots, treeCpuByKind, treeCpuSeconds } from './import-chromium-cpu';
import { writeGeneratedBackup } from './import-library';
import { launchChromiumWithExtension } from './launch-chromium.mjs';

const MB = 1024 * 1024;
const TARGET_S = 10;

async function heapMb(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / MB;
}

/** Annotation rows in the extension's database: its packs' id index entries (raw IndexedDB, so nothing is opened by Dexie). */
function storedRows(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'newsmark')) return 0;
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('newsmark');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      const count = db.transaction('packs').objectStore('packs').index('ids').count();
      return await new Promise<number>((done, fail) => {
        count.onsuccess = () => done(count.result);
        count.onerror = () => fail(count.error);
      });
    } finally {
      db.close();
    }
  });
}

/** Self time by function over a CPU profile, the heaviest first. */
function heaviest(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }, top: number) {
  const byNode = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => {
    byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  });
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() || '(native)';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (byNode.get(node.id) ?? 0));
  }
  return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Chooses `file` in the import field; resolves to the seconds taken, the text shown and the peak heap. */
async function importThrough(popup: Page, cdp: CDPSession, file: string, timeoutS: number) {
  let peak = await heapMb(cdp);
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heapMb(cdp).catch(() => 0));
      await new Promise((done) => setTimeout(done, 250));
    }
  })();
  const started = performance.now();
  await popup.setInputFiles('[data-testid="import-file"]', file);
  const shown = await popup.waitForSelector('[data-testid="import-summary"], [data-testid="import-error"]', {
    timeout: timeoutS * 1000,
  });
  const seconds = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  const ok = (await shown.getAttribute('data-testid')) === 'import-summary';
  const text = ((await shown.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  return { seconds, ok, text, peak };
}

export async function runImportInChromium(options: {
  rows: number;
  refusedRows: number;
  dist: string;
  profile: boolean;
}): Promise<boolean> {
  const { chromium } = ensureBrowsers(['chromium']);
  try {
    statSync(join(options.dist, 'manifest.json'));
  } catch {
    console.log(`bench:import in Chromium: ${options.dist} is missing: run \`npm run build\` first`);
    return false;
  }
  const dir = await mkdtemp(join(tmpdir(), 'newsmark-import-'));
  const others = chromiumRoots(options.dist);
  const browser = await launchChromiumWithExtension({ executablePath: chromium, extensionDir: options.dist });
  const [root] = [...chromiumRoots(options.dist)].filter((pid) => !others.has(pid));
  const cpu = () => (root === undefined ? null : treeCpuSeconds(root));
  try {
    const file = join(dir, 'backup.json');
    const size = writeGeneratedBackup(file, options.rows) / MB;
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=settings`);
    await popup.waitForSelector('[data-testid="import-file"]', { timeout: 15_000 });
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await heapMb(cdp);
    if (options.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const kinds0 = root === undefined ? null : treeCpuByKind(root);
    const cpu0 = cpu();
    const run = await importThrough(popup, cdp, file, 300);
    const cpu1 = cpu();
    const kinds1 = root === undefined ? null : treeCpuByKind(root);
    const byKind =
      kinds0 && kinds1
        ? [...kinds1]
            .map(([kind, s]) => [kind, s - (kinds0.get(kind) ?? 0)] as const)
            .filter(([, s]) => s >= 0.05)
            .sort((a, b) => b[1] - a[1])
            .map(([kind, s]) => `${kind} ${s.toFixed(1)}`)
            .join(', ')
        : '';
    const cpuText =
      cpu0 === null || cpu1 === null
        ? ''
        : `; Chromium CPU ${(cpu1 - cpu0).toFixed(1)} s (all its processes: ${byKind})`;
    const profile = options.profile ? (await cdp.send('Profiler.stop')).profile : null;
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await heapMb(cdp);
    const stored = await storedRows(popup);
    const met = run.ok && stored === options.rows && run.seconds <= TARGET_S;
    console.log(
      `bench:import in Chromium ${browser.context.browser()?.version() ?? ''} (the built extension's settings view, its IndexedDB)`,
    );
    console.log(
      `  ${options.rows.toLocaleString('en')} rows, ${size.toFixed(1)} MB file: ${run.seconds.toFixed(2)} s ` +
        `(target ≤ ${TARGET_S} s)${met ? '  ok' : '  OVER or FAILED'}${cpuText}; JS heap ${before.toFixed(0)} MB before, ` +
        `peak ≥ ${run.peak.toFixed(0)} MB, ${after.toFixed(0)} MB after (garbage collected); ${stored.toLocaleString('en')} rows stored`,
    );
    console.log(`  shown: ${run.text.slice(0, 160)}`);
    if (profile && process.env.NEWSMARK_PROFILE_OUT)
      (await import('node:fs')).writeFileSync(process.env.NEWSMARK_PROFILE_OUT, JSON.stringify(profile));
    if (profile)
      for (const [name, us] of heaviest(profile, 12))
        console.log(`    ${(us / 1e6).toFixed(2).padStart(6)} s self  ${name}`);

    const big = join(dir, 'refused.json');
    const bigSize = writeGeneratedBackup(big, options.refusedRows) / MB;
    const refused = await importThrough(popup, cdp, big, 120);
    const storedAfter = await storedRows(popup);
    const refusedOk = !refused.ok && storedAfter === stored;
    console.log(
      `  ${options.refusedRows.toLocaleString('en')} rows, ${bigSize.toFixed(0)} MB file: ` +
        `${refused.ok ? 'IMPORTED (should be refused)' : 'refused'} in ${refused.seconds.toFixed(2)} s, ` +
        `rows stored ${stored} -> ${storedAfter}${refusedOk ? '  ok' : '  FAILED'}; shown: ${refused.text.slice(0, 160)}`,
    );
    return met && refusedOk;
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}
