#!/usr/bin/env node
/**
 * `npm run crawl [-- options]`: the built extension (dist/chromium) in Chromium over every page
 * of ../shared/corpus and the generated hostile pages (scripts/fixtures), served from
 * 127.0.0.1 with every other request refused. Prints the errors of our scripts (must be 0),
 * the pages taken as articles, p50/p95/max time from navigation start to painted, and the
 * longest task from our scripts (a task of the trace with a CPU-profile sample in our scripts:
 * see scripts/lib/our-tasks.mjs). Times are wall-clock: a busy machine inflates them.
 *
 *   --sample=N       N pages spread evenly over the list (a quick run), plus every fixture
 *   --only=fixtures  only the generated pages (or --only=corpus)
 *   --wait=MS        how long a page may take to be painted before it counts as not taken
 *   --verbose        one line per page
 *   --dist=DIR       another build of the extension (default dist/chromium), e.g. an older one
 *
 * entities-check is left out: its pages are scored in aggregate only and never opened.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './find-browser.mjs';
import { HOSTILE_ENTRY_PAGES, writeHostilePages } from './fixtures/hostile-pages.mjs';
import { launchChromiumWithExtension } from './lib/launch-chromium.mjs';
import { readLongTasks, watchLongTasks } from './lib/long-tasks.mjs';
import { traceOurTasks } from './lib/our-tasks.mjs';
import { serveDirectory } from './serve-demo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const shared = resolve(process.env.NEWSMARK_SHARED ?? join(root, '../shared'));
const corpus = join(shared, 'corpus');
const waitMs = Number(args.wait ?? 4_000);
const LEFT_OUT = new Set(['entities-check']);

/** The corpus pages: every .html but the expected outputs, outside the folders left out. */
function corpusPages(dir) {
  const out = [];
  const walk = (at) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) {
        if (!LEFT_OUT.has(name)) walk(path);
      } else if (name.endsWith('.html') && !name.startsWith('expected')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

function spread(list, count) {
  if (!(count > 0) || count >= list.length) return list;
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0;
const ms = (n) => `${Math.round(n)} ms`;

async function visit(context, extensionOrigin, target) {
  const page = await context.newPage();
  const errors = [];
  const ours = (url) => (url ?? '').startsWith(extensionOrigin);
  page.on('console', (message) => {
    const serious = message.type() === 'error' || message.type() === 'warning';
    if (serious && (ours(message.location().url) || message.text().startsWith('Newsmark')))
      errors.push(`console ${message.type()}: ${message.text().slice(0, 200)}`);
  });
  page.on('pageerror', (error) => {
    if ((error.stack ?? '').includes(extensionOrigin))
      errors.push(`uncaught: ${error.message.slice(0, 200)}`);
  });
  const stopTracing = await traceOurTasks(page, extensionOrigin);
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
  });
  const started = Date.now();
  let loadError = null;
  try {
    await page.goto(target.url, { waitUntil: 'load', timeout: 30_000 });
  } catch (error) {
    loadError = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  let painted = false;
  if (!loadError && !crashed) {
    painted = await page
      .waitForFunction(() => window.__nmLong?.paintedAt != null, undefined, { timeout: waitMs, polling: 100 })
      .then(() => true)
      .catch(() => false);
    // Storing and the reader's rows follow the paint: their tasks count too.
    await page.waitForTimeout(painted ? 600 : 0);
  }
  const pageTasks = crashed || loadError ? null : await readLongTasks(page).catch(() => null);
  const ourTime = await stopTracing().catch(() => null);
  const tasks =
    pageTasks && ourTime
      ? { ...pageTasks, longestOurs: ourTime.longestMs, oursOver50: ourTime.over50 }
      : null;
  await page.close().catch(() => {});
  if (crashed) errors.push('the tab crashed');
  return { ...target, errors, loadError, painted, tasks, seconds: (Date.now() - started) / 1000 };
}

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
const servedFixtures = await serveDirectory(fixtureDir);
const servedCorpus = await serveDirectory(corpus);
const targets = [];
if (args.only !== 'corpus')
  for (const name of HOSTILE_ENTRY_PAGES)
    targets.push({ name: `fixtures/${name}`, url: `${servedFixtures.origin}/${name}` });
if (args.only !== 'fixtures')
  for (const path of spread(corpusPages(corpus), Number(args.sample)))
    targets.push({
      name: path,
      url: `${servedCorpus.origin}/${path.split('/').map(encodeURIComponent).join('/')}`,
    });

const browser = await launchChromiumWithExtension({
  executablePath: chromium,
  extensionDir: dist,
  headless: true,
});
const extensionOrigin = `chrome-extension://${browser.extensionId}`;
const workerErrors = [];
const watchWorker = (worker) =>
  worker.on('console', (message) => {
    if (message.type() === 'error') workerErrors.push(message.text().slice(0, 200));
  });
browser.context.serviceWorkers().forEach(watchWorker);
browser.context.on('serviceworker', watchWorker);
const allowed = [servedFixtures.origin, servedCorpus.origin];
await browser.context.route('**/*', (route) =>
  allowed.some((origin) => route.request().url().startsWith(origin)) ? route.continue() : route.abort(),
);
await browser.context.addInitScript(watchLongTasks);

const started = Date.now();
const results = [];
// One page at a time: a browser runs one trace at a time, and tabs side by side would skew
// each other's task times.
for (const target of targets) {
  const result = await visit(browser.context, extensionOrigin, target);
  results.push(result);
  if (args.verbose) {
    const t = result.tasks;
    console.log(
      `${result.painted ? 'P' : '-'} ${result.name}  painted ${t?.paintedAt ? ms(t.paintedAt) : '-'}  ours ${t ? ms(t.longestOurs) : '-'}  page ${t ? ms(t.longestTask) : '-'}${result.errors.length ? `  ERRORS ${result.errors.join(' | ')}` : ''}`,
    );
  }
}
await browser.close();
await servedFixtures.close();
await servedCorpus.close();
rmSync(fixtureDir, { recursive: true, force: true });

const errors = results
  .flatMap((r) => r.errors.map((e) => `${r.name}: ${e}`))
  .concat(workerErrors.map((e) => `service worker: ${e}`));
const loadFailures = results.filter((r) => r.loadError);
const paintTimes = results
  .map((r) => r.tasks?.paintedAt)
  .filter((t) => typeof t === 'number')
  .sort((a, b) => a - b);
const worst = results.filter((r) => r.tasks).sort((a, b) => b.tasks.longestOurs - a.tasks.longestOurs);
console.log(
  `crawl: ${results.length} pages (${targets.length - HOSTILE_ENTRY_PAGES.length * (args.only === 'corpus' ? 0 : 1)} corpus, fixtures ${args.only === 'corpus' ? 0 : HOSTILE_ENTRY_PAGES.length}) in ${Math.round((Date.now() - started) / 1000)} s`,
);
console.log(`errors: ${errors.length}`);
for (const error of errors.slice(0, 20)) console.log(`  ${error}`);
if (loadFailures.length) console.log(`pages that did not load (not ours): ${loadFailures.length}`);
console.log(`taken as articles (painted): ${paintTimes.length}`);
console.log(
  `start to painted: p50 ${ms(percentile(paintTimes, 0.5))}, p95 ${ms(percentile(paintTimes, 0.95))}, max ${ms(paintTimes.at(-1) ?? 0)}`,
);
console.log(
  `longest task from our scripts: ${worst[0] ? `${ms(worst[0].tasks.longestOurs)} on ${worst[0].name}` : '-'}`,
);
for (const r of worst.slice(1, 5))
  if (r.tasks.longestOurs > 0) console.log(`  then ${ms(r.tasks.longestOurs)} on ${r.name}`);
const over = results.filter((r) => r.tasks?.oursOver50 > 0);
console.log(
  `tasks of ours over 50 ms: ${over.reduce((n, r) => n + r.tasks.oursOver50, 0)} on ${over.length} pages`,
);
process.exitCode = errors.length ? 1 : 0;
