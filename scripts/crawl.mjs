#!/usr/bin/env node
/**
 * `npm run crawl [-- options]`: the built extension (dist/chromium) in Chromium over every page
 * of ../shared/corpus, the seed page and the generated hostile pages (scripts/fixtures),
 * served from 127.0.0.1 with every other request refused. Prints the errors of our scripts
 * (must be 0), the pages taken as articles, p50/p95/max time from navigation start to painted,
 * and p50/p95/max of each page's longest task from our scripts (a task of the trace with a
 * CPU-profile sample in our scripts: see scripts/lib/our-tasks.mjs). Times are wall-clock:
 * a busy machine, and lanes side by side, inflate them; each task's CPU (thread) time, which
 * they do not, is printed beside and is the one to judge by. Each page is then left for a
 * browser page (a fresh renderer for the next page, so every start is a cold one), and the
 * task our hide handler runs in is measured apart (the browser's teardown of the page shares it).
 * Each lane is one browser with one tab and one trace per batch of pages (see
 * scripts/lib/crawl-visit.mjs). Full crawl (501 pages) on two cores shared at load 15-20: 24 min
 * (each page in a fresh renderer), 14.6 min with --warm.
 *
 *   --sample=N       N pages spread evenly over the list (a quick run), plus every fixture
 *   --only=fixtures  only the generated pages (or --only=corpus)
 *   --warm           leave pages for about:blank: the tab keeps its renderer, a third faster
 *                    on two busy cores, but the script's start is then measured warm (V8's cache)
 *   --match=TEXT     only pages whose name holds TEXT (to look again at one page)
 *   --repeat=N       each page N times (a page's spread of times)
 *   --lanes=N        pages opened side by side, each lane its own browser (default: the cores, at most 4)
 *   --no-trace       no trace: faster, but no longest task of ours (the page's own still shows)
 *   --wait=MS        how long a page may take to be painted before it counts as not taken
 *   --verbose        one line per page, and a line for each task of ours of 6 ms of CPU or more
 *   --phases         where the lanes' wall time went (load, waiting for the paint, leaving the page)
 *   --dist=DIR       another build of the extension (default dist/chromium), e.g. an older one
 *
 * entities-check is scored in aggregate only: its pages are opened like the others, but the
 * crawl prints only counts for that folder, never a page's name, error text or time.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './find-browser.mjs';
import { HOSTILE_ENTRY_PAGES, writeHostilePages } from './fixtures/hostile-pages.mjs';
import { spread, targetsUnder } from './lib/crawl-pages.mjs';
import { crawlInLanes } from './lib/crawl-visit.mjs';
import { HEAVY_CPU_MS } from './lib/our-tasks.mjs';
import { serveDirectory } from './serve-demo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const shared = resolve(process.env.NEWSMARK_SHARED ?? join(root, '../shared'));
const waitMs = Number(args.wait ?? 4_000);
// A lane is a browser whose renderer, GPU and browser processes all work on each page: more lanes than cores only queue.
const lanes = Number(args.lanes ?? Math.min(4, availableParallelism()));

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0;
const ms = (n) => `${Math.round(n)} ms`;
const spreadOf = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, max ${ms(sorted.at(-1) ?? 0)} (${sorted.length} pages)`;
};

/** Heavy tasks counted by the function of ours most sampled in each (its name, no line), most first. */
const heavyBy = (tasks) => {
  const tally = new Map();
  for (const task of tasks) {
    const name = task.in[0]?.replace(/:\d+ ×\d+$/, '') ?? '?';
    tally.set(name, (tally.get(name) ?? 0) + 1);
  }
  return [...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
};

const { chromium } = ensureBrowsers(['chromium']);
const dist = resolve(args.dist ?? join(root, 'dist/chromium'));
try {
  statSync(join(dist, 'manifest.json'));
} catch {
  console.error('crawl: dist/chromium is missing: run `npm run build` first');
  process.exit(2);
}

const fixtureDir = mkdtempSync(join(tmpdir(), 'newsmark-hostile-'));
writeHostilePages(fixtureDir);
const servers = await Promise.all(
  [fixtureDir, join(shared, 'corpus'), join(shared, 'seed')].map((dir) => serveDirectory(dir)),
);
const [fixtures, corpus, seed] = servers;
const targets = [];
if (args.only !== 'corpus')
  for (const name of HOSTILE_ENTRY_PAGES)
    targets.push({
      name: `fixtures/${name}`,
      url: `${fixtures.origin}/${name}`,
      folder: 'fixtures',
      private: false,
    });
if (args.only !== 'fixtures') {
  const pages = [
    ...targetsUnder(join(shared, 'corpus'), corpus.origin),
    ...targetsUnder(join(shared, 'seed'), seed.origin, 'seed'),
  ];
  targets.push(...spread(pages, Number(args.sample)));
}
if (args.match) targets.splice(0, Infinity, ...targets.filter((t) => t.name.includes(args.match)));
if (Number(args.repeat) > 1)
  targets.splice(
    0,
    Infinity,
    ...targets.flatMap((t) => Array.from({ length: Number(args.repeat) }, () => t)),
  );

const started = Date.now();
const results = [];
const line = (r) =>
  `${r.painted ? 'P' : '-'} ${r.name}  painted ${r.paintedAt != null ? ms(r.paintedAt) : '-'}  ours ${r.longestOurs != null ? ms(r.longestOurs) : '-'} (CPU ${r.longestOursCpu != null ? ms(r.longestOursCpu) : '-'}: ${(r.longestOursCpuIn ?? []).join(', ')})  page ${r.longestTask != null ? ms(r.longestTask) : '-'}${r.loadError ? `  LOAD ${r.loadError}` : ''}${r.stuck ? '  STUCK' : ''}${r.errors.length ? `  ERRORS ${r.errors.join(' | ')}` : ''}`;
const stray = await crawlInLanes({
  chromium,
  dist,
  allowed: servers.map((s) => s.origin),
  trace: args.trace !== 'false' && !('no-trace' in args),
  warm: 'warm' in args,
  lanes,
  targets,
  waitMs,
  onResult: (result) => {
    results.push(result);
    if (args.verbose && !result.private) {
      console.log(line(result));
      for (const task of result.heavy)
        console.log(`    heavy: ${ms(task.ms)} (CPU ${ms(task.cpuMs)}): ${task.in.join(', ')}`);
    }
  },
});
await Promise.all(servers.map((s) => s.close()));
rmSync(fixtureDir, { recursive: true, force: true });

const byFolder = new Map();
for (const r of results) byFolder.set(r.folder, [...(byFolder.get(r.folder) ?? []), r]);
const errorCount = results.reduce((n, r) => n + r.errors.length, 0) + stray.length;
console.log(
  `crawl: ${results.length} pages in ${Math.round((Date.now() - started) / 1000)} s, ${lanes} lanes`,
);
for (const [folder, list] of byFolder)
  console.log(
    `  ${folder.padEnd(20)} ${String(list.length).padStart(4)} pages, ${String(list.filter((r) => r.painted).length).padStart(4)} painted, ${list.reduce((n, r) => n + r.errors.length, 0)} errors`,
  );
console.log(`errors: ${errorCount}`);
const shown = results.filter((r) => !r.private).flatMap((r) => r.errors.map((e) => `${r.name}: ${e}`));
for (const error of [...shown, ...stray].slice(0, 20)) console.log(`  ${error}`);
const hidden = results.filter((r) => r.private).reduce((n, r) => n + r.errors.length, 0);
if (hidden) console.log(`  and ${hidden} on entities-check pages (not shown: scored in aggregate only)`);
const loadFailures = results.filter((r) => r.loadError).length;
if (loadFailures) console.log(`pages that did not load (not ours): ${loadFailures}`);
const stuck = results.filter((r) => r.stuck).length;
if (stuck) console.log(`pages the tab would not leave (the tab was replaced): ${stuck}`);
const traceLost = results.filter((r) => r.traceLost).length;
if (traceLost) console.log(`pages whose trace was lost (no longest task of ours): ${traceLost}`);
console.log(`taken as articles (painted): ${results.filter((r) => r.painted).length}`);
console.log(`start to painted: ${spreadOf(results.map((r) => r.paintedAt))}`);
console.log(`longest task from our scripts, per page: ${spreadOf(results.map((r) => r.longestOurs))}`);
console.log(
  `  most CPU time in one task of ours, per page: ${spreadOf(results.map((r) => r.longestOursCpu))}`,
);
console.log(`longest task of the page (anyone's), per page: ${spreadOf(results.map((r) => r.longestTask))}`);
const worst = results
  .filter((r) => !r.private && r.longestOurs != null && r.longestOurs > 0)
  .sort((a, b) => b.longestOurs - a.longestOurs)
  .slice(0, 5);
for (const r of worst)
  console.log(
    `  ${ms(r.longestOurs)} (CPU ${ms(r.longestOursCpu ?? 0)}) on ${r.name}: ${r.longestOursIn.join(', ')}`,
  );
console.log(
  `  leaving the page (the browser's teardown shares the task with our hide handler): ${spreadOf(results.map((r) => r.leavingOurs))}; CPU ${spreadOf(results.map((r) => r.leavingOursCpu))}`,
);
const over = results.filter((r) => r.oursOver50 > 0);
const overCpu = results.filter((r) => r.oursOver50Cpu > 0);
console.log(
  `tasks of ours over 50 ms: ${over.reduce((n, r) => n + r.oursOver50, 0)} on ${over.length} pages (wall time); over 50 ms of CPU: ${overCpu.reduce((n, r) => n + r.oursOver50Cpu, 0)} on ${overCpu.length} pages`,
);
const evaluated = [...new Set(results.flatMap((r) => Object.keys(r.evaluation)))].sort();
for (const file of evaluated)
  console.log(
    `  CPU of the task evaluating ${file} (compiling and running its top level): ${spreadOf(results.map((r) => r.evaluation[file]))}`,
  );
const heavy = results.flatMap((r) => r.heavy);
console.log(
  `tasks of ours of ${HEAVY_CPU_MS} ms of CPU or more: ${heavy.length} on ${results.filter((r) => r.heavy.length).length} pages; by their most sampled function: ${heavyBy(heavy)}`,
);
const worstCpu = results
  .filter((r) => !r.private && r.oursOver50Cpu > 0)
  .sort((a, b) => b.longestOursCpu - a.longestOursCpu)
  .slice(0, 5);
for (const r of worstCpu)
  console.log(`  CPU ${ms(r.longestOursCpu)} on ${r.name}: ${(r.longestOursCpuIn ?? []).join(', ')}`);
if (args.phases) {
  const total = {};
  for (const r of results)
    for (const [k, v] of Object.entries(r.phases ?? {})) total[k] = (total[k] ?? 0) + v;
  const parts = Object.entries(total).map(([k, v]) => `${k} ${Math.round(v / 1000)}`);
  console.log(`wall time by phase (s, summed over lanes): ${parts.join(', ')}`);
}
process.exitCode = errorCount ? 1 : 0;
