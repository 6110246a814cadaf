/**
 * The main-thread tasks that ran the extension's scripts, from a browser trace. A page's own
 * long-task and long-animation-frame entries do not name content scripts (they run in an
 * isolated world); the trace does: its task events give each task's span on the renderer's
 * main thread, and its V8 CPU-profile samples (same clock) give the script URL running at
 * each moment. A task is ours when a sample inside it has a frame under `scriptOrigin` (an
 * origin, or a list of scripts' URLs, the content scripts, to leave the extension's own pages out).
 * Only renderer main threads count: the trace also holds the service worker's thread, whose
 * tasks (the analyzers, the database) hold no page.
 *
 * The task events are DevTools' own ('RunTask' of the devtools timeline, the spans its
 * Performance panel calls tasks), not the 'toplevel' category: that one also logs every mojo
 * message and I/O wake-up of every process, several times the events, and ending a trace
 * then took seconds a page (most of a crawl's wall time on two cores).
 */

const CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];
const TASK = 'RunTask';
const MAIN_THREAD = 'CrRendererMain';

/**
 * Starts tracing the whole browser through `page`'s session (any tab: a trace holds every
 * process). mark() puts a clock-sync marker in the trace and resolves to its id, so spans of
 * the trace can be told apart (see ourTasks' windows); stop() ends it and resolves to its events
 * and whether the browser dropped some.
 */
export async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (batch) => {
    for (const event of batch.value) events.push(event);
  });
  await cdp.send('Tracing.start', {
    // As much as the buffer holds: a crawl's trace spans several pages.
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  let marks = 0;
  return {
    mark: async () => {
      const syncId = `newsmark-${++marks}`;
      await cdp.send('Tracing.recordClockSyncMarker', { syncId });
      return syncId;
    },
    stop: async () => {
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      const { dataLossOccurred } = await complete;
      await cdp.detach().catch(() => {});
      // A full buffer drops events: tasks of ours may be missing, so the caller must say so.
      return { events, dataLoss: dataLossOccurred === true };
    },
  };
}

/** Starts tracing `page` (before it navigates); resolves to a stop() giving our longest task. */
export async function traceOurTasks(page, scriptOrigin) {
  const trace = await startTrace(page);
  return async () => ourTasks((await trace.stop()).events, scriptOrigin);
}

/** The trace time (µs) of each clock-sync marker, by id. */
export function markerTimes(events) {
  const out = new Map();
  for (const event of events) if (event.name === 'clock_sync') out.set(event.args?.sync_id, event.ts);
  return out;
}

/**
 * Samples whose stack holds a frame of ours, by "pid:tid", in time order: their times (trace µs)
 * and the innermost function of ours on each (what a long task spent its time in).
 */
function ourSampleTimes(events, scriptOrigin) {
  const prefixes = [scriptOrigin].flat();
  const isOurs = (url) => prefixes.some((prefix) => url.startsWith(prefix));
  const mainThreads = new Set();
  for (const event of events)
    if (event.name === 'thread_name' && event.args?.name === MAIN_THREAD)
      mainThreads.add(`${event.pid}:${event.tid}`);
  const profiles = new Map();
  for (const event of events) {
    const key = `${event.pid}:${event.id}`;
    if (event.name === 'Profile')
      profiles.set(key, {
        thread: `${event.pid}:${event.tid}`,
        start: event.args.data.startTime,
        nodes: new Map(),
        chunks: [],
      });
    else if (event.name === 'ProfileChunk') profiles.get(key)?.chunks.push(event);
  }
  const out = new Map();
  for (const profile of profiles.values()) {
    if (!mainThreads.has(profile.thread)) continue;
    // The innermost frame of ours on a node's stack ('' when none), by node id.
    const ours = new Map();
    const ourFrame = (id) => {
      if (ours.has(id)) return ours.get(id);
      const node = profile.nodes.get(id);
      let result = '';
      if (node) {
        const { url = '', functionName, lineNumber } = node.callFrame;
        if (isOurs(url))
          result = `${functionName || '(top level)'} ${url.split('/').pop()}:${lineNumber + 1}`;
        else if (node.parent !== undefined) result = ourFrame(node.parent);
      }
      ours.set(id, result);
      return result;
    };
    const samples = out.get(profile.thread) ?? [];
    let time = profile.start;
    for (const chunk of profile.chunks.sort((a, b) => a.ts - b.ts)) {
      const data = chunk.args.data;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      (data.cpuProfile?.samples ?? []).forEach((id, i) => {
        time += data.timeDeltas?.[i] ?? 0;
        const frame = ourFrame(id);
        if (frame) samples.push({ time, frame });
      });
    }
    out.set(
      profile.thread,
      samples.sort((a, b) => a.time - b.time),
    );
  }
  return out;
}

/** The functions of ours most often sampled in `samples` from index `from` up to trace time `end`. */
function hotFrames(samples, from, end, count = 3) {
  const tally = new Map();
  for (let i = from; i < samples.length && samples[i].time <= end; i++)
    tally.set(samples[i].frame, (tally.get(samples[i].frame) ?? 0) + 1);
  return [...tally]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([frame, n]) => `${frame} ×${n}`);
}

/**
 * A task of ours from this much CPU time on is listed apart (`heavy`), with where it spent it: the
 * tasks a busy machine's preemption could stretch past 50 ms of wall time.
 */
export const HEAVY_CPU_MS = 6;

/** A sample in a script's own top level (an IIFE bundle's first lines): the task evaluating it. */
const SCRIPT_TOP = /^\(top level\) ([\w.-]+\.js):[12]$/;

/** The scripts whose top level ran in samples `from` up to trace time `end` (their evaluation). */
function scriptsEvaluated(samples, from, end) {
  const files = new Set();
  for (let i = from; i < samples.length && samples[i].time <= end; i++) {
    const file = SCRIPT_TOP.exec(samples[i].frame)?.[1];
    if (file) files.add(file);
  }
  return files;
}

const noTasks = () => ({
  evaluation: {},
  heavy: [],
  longestMs: 0,
  longestCpuMs: 0,
  longestIn: [],
  longestCpuIn: [],
  over50: 0,
  over50Cpu: 0,
});

/**
 * Our longest task (ms), the tasks of at least HEAVY_CPU_MS of CPU, how many of our tasks passed 50 ms (of wall time, and of CPU), and where the longest one spent
 * its time (`longestIn`: the innermost functions of ours most sampled in it), from trace events.
 * With `windows` ([{ from, to }] in trace µs, in time order, not overlapping), one such result
 * per window, from the tasks that started in it: one trace then serves several pages in turn.
 */
export function ourTasks(events, scriptOrigin, windows) {
  const samples = ourSampleTimes(events, scriptOrigin);
  const spans = windows ?? [{ from: -Infinity, to: Infinity }];
  const results = spans.map(noTasks);
  for (const event of events) {
    if (event.name !== TASK || event.ph !== 'X' || !event.dur) continue;
    const thread = samples.get(`${event.pid}:${event.tid}`);
    if (!thread?.length) continue;
    const at = windowAt(spans, event.ts);
    if (at < 0) continue;
    const low = firstAtOrAfter(thread, event.ts);
    const end = event.ts + event.dur;
    if (low >= thread.length || thread[low].time > end) continue; // no sample of ours inside
    const result = results[at];
    const ms = event.dur / 1000;
    if (ms > result.longestMs) {
      result.longestMs = ms;
      result.longestIn = hotFrames(thread, low, end);
    }
    // Thread time: what the task ran on a CPU, less the time other processes held it.
    const cpuMs = (event.tdur ?? event.dur) / 1000;
    if (cpuMs > result.longestCpuMs) {
      result.longestCpuMs = cpuMs;
      result.longestCpuIn = hotFrames(thread, low, end);
    }
    for (const file of scriptsEvaluated(thread, low, end))
      result.evaluation[file] = Math.max(result.evaluation[file] ?? 0, cpuMs);
    if (cpuMs >= HEAVY_CPU_MS) result.heavy.push({ ms, cpuMs, in: hotFrames(thread, low, end) });
    if (ms > 50) result.over50 += 1;
    if (cpuMs > 50) result.over50Cpu += 1;
  }
  return windows ? results : results[0];
}

/** Index of the first item of sorted `list` for which `before(item)` is false (binary search). */
function firstNotBefore(list, before) {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(list[mid])) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first sample at or after trace time `ts`. */
const firstAtOrAfter = (thread, ts) => firstNotBefore(thread, (sample) => sample.time < ts);

/** Index of the window holding trace time `ts`, or -1. */
function windowAt(spans, ts) {
  const at = firstNotBefore(spans, (span) => span.to < ts);
  return at < spans.length && spans[at].from <= ts ? at : -1;
}
