/**
 * One crawl lane: a Chromium with the built extension, opening pages one after another from
 * a shared queue in one reused tab. A browser runs one trace at a time, so lanes are separate
 * browsers, and a lane's trace spans a batch of pages: clock-sync markers around each page
 * tell which tasks of ours were whose (see our-tasks.mjs). Starting and ending a trace, and
 * opening a tab, per page was most of the crawl's wall time.
 */
import { listenForStores, waitForStored } from './crawl-stored.mjs';
import { launchChromiumWithExtension } from './launch-chromium.mjs';
import { readLongTasks, watchLongTasks } from './long-tasks.mjs';
import { markerTimes, ourTasks, startTrace } from './our-tasks.mjs';

/** Pages per trace: ending one costs a fixed ~0.3 s plus its volume; a batch's trace stays well inside the buffer. */
const PAGES_PER_TRACE = 20;
/**
 * After the paint the page is stored and the reader's rows fetched, and their tasks count too:
 * the wait ends when the background received the record, plus STORED_GRACE_MS for the
 * replies, or after AFTER_PAINT_MS at most.
 */
const AFTER_PAINT_MS = 600;
const STORED_GRACE_MS = 150;
/**
 * Where each page is left for: a browser page, served by a process of its own, so the next
 * page starts in a fresh renderer as one opened in a new tab does. Left for about:blank, the
 * tab kept its renderer and V8's cache there made the content script's start (then one task,
 * ~25 ms of CPU cold; now three, one per content script file) look like 4 ms from the second page on.
 */
const LEAVE_URL = 'chrome://version';

const firstLine = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** Opens the lane's tab: its console, uncaught errors and crash are the current page's. */
async function openTab(lane) {
  const tab = await lane.context.newPage();
  const ours = (url) => (url ?? '').startsWith(lane.extensionOrigin);
  const errorsNow = () => lane.current ?? lane.strayErrors;
  tab.on('console', (message) => {
    const serious = message.type() === 'error' || message.type() === 'warning';
    if (serious && (ours(message.location().url) || message.text().startsWith('Newsmark')))
      errorsNow().push(`console ${message.type()}: ${message.text().slice(0, 200)}`);
  });
  tab.on('pageerror', (error) => {
    if ((error.stack ?? '').includes(lane.extensionOrigin))
      errorsNow().push(`uncaught: ${error.message.slice(0, 200)}`);
  });
  tab.on('crash', () => {
    lane.crashed = true;
  });
  lane.tab = tab;
  lane.crashed = false;
}

/**
 * Opens one page in the lane's tab, waits for the paint (or `waitMs`), and leaves it for
 * LEAVE_URL, so what the page runs as it is left (hide and unload handlers) is its own too.
 * Returns what was measured; the trace's part (`marks`) is read when the batch ends.
 */
async function visit(lane, target, waitMs) {
  const errors = [];
  lane.current = errors; // the service worker's errors meanwhile are this page's
  const phases = {};
  let mark = Date.now();
  const phase = (name) => {
    const at = Date.now();
    phases[name] = at - mark;
    mark = at;
  };
  const from = lane.trace ? await lane.trace.mark() : null;
  const started = Date.now();
  const page = lane.tab;
  let loadError = null;
  try {
    await page.goto(target.url, { waitUntil: 'load', timeout: 30_000 });
  } catch (error) {
    loadError = lane.crashed ? null : firstLine(error);
  }
  phase('load');
  let painted = false;
  if (!loadError && !lane.crashed) {
    painted = await page
      .waitForFunction(() => window.__nmLong?.paintedAt != null, undefined, { timeout: waitMs, polling: 100 })
      .then(() => true)
      .catch(() => false);
    phase('paint');
    if (painted && !lane.crashed && (await waitForStored(lane.worker, page.url(), AFTER_PAINT_MS)))
      await page.waitForTimeout(STORED_GRACE_MS);
    phase('after');
  }
  const pageTasks = lane.crashed || loadError ? null : await readLongTasks(page).catch(() => null);
  // Leaving is measured apart: the browser's teardown of the page, and the page's own
  // handlers, share the task our hide handler runs in.
  const leave = lane.trace ? await lane.trace.mark() : null;
  const left =
    !lane.crashed &&
    (await page.goto(lane.leaveUrl, { timeout: 10_000 }).then(
      () => true,
      () => false,
    ));
  phase('leave');
  const crashed = lane.crashed;
  const to = lane.trace ? await lane.trace.mark() : null;
  lane.current = null;
  if (crashed) errors.push('the tab crashed');
  if (!left) {
    // A tab that would not leave its page (crashed, or stuck) is replaced: the next page starts clean.
    await page.close().catch(() => {});
    await openTab(lane);
  }
  return {
    ...target,
    errors,
    loadError,
    painted,
    paintedAt: pageTasks?.paintedAt ?? null,
    longestTask: pageTasks?.longestTask ?? null,
    longestOurs: null,
    longestOursCpu: null,
    longestOursIn: [],
    oursOver50: 0,
    oursOver50Cpu: 0,
    heavy: [],
    evaluation: {},
    seconds: (Date.now() - started) / 1000,
    stuck: !left && !crashed,
    phases,
    marks: from && leave && to ? { from, leave, to } : null,
  };
}

/** Starts a lane's browser: only the served origins reachable, the long-task watch in every page. */
async function startLane({ chromium, dist, allowed, trace, warm }) {
  const browser = await launchChromiumWithExtension({ executablePath: chromium, extensionDir: dist });
  const lane = {
    browser,
    context: browser.context,
    extensionOrigin: `chrome-extension://${browser.extensionId}`,
    tracing: trace,
    // --warm: the tab keeps its renderer (faster, but the script's start is measured warm).
    leaveUrl: warm ? 'about:blank' : LEAVE_URL,
    trace: null,
    batch: [],
    current: null,
    strayErrors: [],
    worker: null,
  };
  const watchWorker = (worker) => {
    if (!worker.url().startsWith(lane.extensionOrigin)) return;
    lane.worker = worker;
    worker.on('console', (message) => {
      if (message.type() !== 'error') return;
      (lane.current ?? lane.strayErrors).push(`service worker: ${message.text().slice(0, 200)}`);
    });
    return listenForStores(worker);
  };
  await Promise.all(lane.context.serviceWorkers().map(watchWorker));
  lane.context.on('serviceworker', watchWorker);
  await lane.context.route('**/*', (route) =>
    allowed.some((origin) => route.request().url().startsWith(origin)) ? route.continue() : route.abort(),
  );
  await lane.context.addInitScript(watchLongTasks);
  // The trace is started through a tab of its own, left blank: the crawled tab may crash.
  lane.keeper = lane.context.pages()[0] ?? (await lane.context.newPage());
  await openTab(lane);
  return lane;
}

/**
 * Ends the lane's trace and gives each page of the batch its tasks of ours. A trace that
 * failed, or lost events, leaves those pages without them (counted by the caller).
 */
async function endBatch(lane, onResult) {
  const batch = lane.batch;
  lane.batch = [];
  let trace = null;
  if (lane.trace) {
    trace = await lane.trace.stop().catch(() => null);
    lane.trace = null;
  }
  const markers = trace ? markerTimes(trace.events) : new Map();
  const timed = batch.filter((r) => r.marks && Object.values(r.marks).every((id) => markers.has(id)));
  // Two windows a page: its life, then its leaving.
  const windows = timed.flatMap(({ marks }) => [
    { from: markers.get(marks.from), to: markers.get(marks.leave) },
    { from: markers.get(marks.leave), to: markers.get(marks.to) },
  ]);
  const measured = trace && !trace.dataLoss ? ourTasks(trace.events, lane.extensionOrigin, windows) : [];
  timed.forEach((result, i) => {
    const [life, leaving] = [measured[2 * i], measured[2 * i + 1]];
    if (!life || !leaving) return;
    Object.assign(result, {
      longestOurs: life.longestMs,
      longestOursCpu: life.longestCpuMs,
      longestOursIn: life.longestIn,
      longestOursCpuIn: life.longestCpuIn,
      oursOver50: life.over50,
      oursOver50Cpu: life.over50Cpu,
      heavy: life.heavy,
      evaluation: life.evaluation,
      leavingOurs: leaving.longestMs,
      leavingOursCpu: leaving.longestCpuMs,
      leavingOursIn: leaving.longestIn,
    });
  });
  for (const result of batch) {
    result.traceLost = lane.tracing && result.longestOurs == null;
    delete result.marks;
    onResult(result);
  }
}

/**
 * Visits every target over `lanes` browsers; `onResult` sees each result as its batch ends.
 * Resolves to the service worker errors seen between pages (no page to blame).
 */
export async function crawlInLanes({ targets, lanes, waitMs, onResult, ...launch }) {
  let next = 0;
  const stray = [];
  const runLane = async () => {
    let lane = await startLane(launch);
    try {
      while (next < targets.length) {
        if (lane.tracing && !lane.trace) lane.trace = await startTrace(lane.keeper);
        const target = targets[next++];
        try {
          lane.batch.push(await visit(lane, target, waitMs));
        } catch (error) {
          // The browser itself failed: the page is counted with the error, the lane restarts.
          lane.batch.push({ ...target, errors: [`crawl: ${firstLine(error)}`], painted: false, seconds: 0 });
          await endBatch(lane, onResult).catch(() => {});
          stray.push(...lane.strayErrors);
          await lane.browser.close();
          lane = await startLane(launch);
          continue;
        }
        if (lane.batch.length >= PAGES_PER_TRACE) await endBatch(lane, onResult);
      }
      await endBatch(lane, onResult);
    } finally {
      stray.push(...lane.strayErrors);
      await lane.browser.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, targets.length)) }, runLane));
  return stray;
}
