/**
 * One crawl lane: a Chromium with the built extension, opening pages one after another from
 * a shared queue. A browser runs one trace at a time, so lanes are separate browsers: each
 * traces its own page, and tasks of ours are attributed to the page that ran them.
 */
import { launchChromiumWithExtension } from './launch-chromium.mjs';
import { readLongTasks, watchLongTasks } from './long-tasks.mjs';
import { traceOurTasks } from './our-tasks.mjs';

const firstLine = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** Opens one page, waits for the paint (or `waitMs`), and returns what was measured. */
async function visit(lane, target, waitMs) {
  const { context, extensionOrigin } = lane;
  const page = await context.newPage();
  const errors = [];
  lane.current = errors; // the service worker's errors meanwhile are this page's
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
  const stopTracing = lane.trace ? await traceOurTasks(page, extensionOrigin) : null;
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
  });
  const started = Date.now();
  let loadError = null;
  try {
    await page.goto(target.url, { waitUntil: 'load', timeout: 30_000 });
  } catch (error) {
    loadError = firstLine(error);
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
  const ourTime = stopTracing ? await stopTracing().catch(() => null) : null;
  await page.close().catch(() => {});
  lane.current = null;
  if (crashed) errors.push('the tab crashed');
  return {
    ...target,
    errors,
    loadError,
    painted,
    paintedAt: pageTasks?.paintedAt ?? null,
    longestTask: pageTasks?.longestTask ?? null,
    longestOurs: ourTime?.longestMs ?? null,
    longestOursCpu: ourTime?.longestCpuMs ?? null,
    longestOursIn: ourTime?.longestIn ?? [],
    oursOver50: ourTime?.over50 ?? 0,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Starts a lane's browser: only the served origins reachable, the long-task watch in every page. */
async function startLane({ chromium, dist, allowed, trace }) {
  const browser = await launchChromiumWithExtension({ executablePath: chromium, extensionDir: dist });
  const lane = {
    browser,
    context: browser.context,
    extensionOrigin: `chrome-extension://${browser.extensionId}`,
    trace,
    current: null,
    strayErrors: [],
  };
  const watchWorker = (worker) =>
    worker.on('console', (message) => {
      if (message.type() !== 'error') return;
      (lane.current ?? lane.strayErrors).push(`service worker: ${message.text().slice(0, 200)}`);
    });
  lane.context.serviceWorkers().forEach(watchWorker);
  lane.context.on('serviceworker', watchWorker);
  await lane.context.route('**/*', (route) =>
    allowed.some((origin) => route.request().url().startsWith(origin)) ? route.continue() : route.abort(),
  );
  await lane.context.addInitScript(watchLongTasks);
  return lane;
}

/**
 * Visits every target over `lanes` browsers; `onResult` sees each result as it comes.
 * Resolves to the service worker errors seen between pages (no page to blame).
 */
export async function crawlInLanes({ targets, lanes, waitMs, onResult, ...launch }) {
  let next = 0;
  const stray = [];
  const runLane = async () => {
    let lane = await startLane(launch);
    try {
      while (next < targets.length) {
        const target = targets[next++];
        let result;
        try {
          result = await visit(lane, target, waitMs);
        } catch (error) {
          // The browser itself failed: the page is counted with the error, the lane restarts.
          result = { ...target, errors: [`crawl: ${firstLine(error)}`], painted: false, seconds: 0 };
          stray.push(...lane.strayErrors);
          await lane.browser.close();
          lane = await startLane(launch);
        }
        onResult(result);
      }
    } finally {
      stray.push(...lane.strayErrors);
      await lane.browser.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, targets.length)) }, runLane));
  return stray;
}
