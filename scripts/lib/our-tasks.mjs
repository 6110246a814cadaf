/**
 * The main-thread tasks that ran the extension's scripts, from a browser trace. A page's own
 * long-task and long-animation-frame entries do not name content scripts (they run in an
 * isolated world); the trace does: its task events give each task's span on the renderer's
 * main thread, and its V8 CPU-profile samples (same clock) give the script URL running at
 * each moment. A task is ours when a sample inside it has a frame under `scriptOrigin` (an
 * origin, or one script's URL to leave the extension's own pages out).
 * Only renderer main threads count: the trace also holds the service worker's thread, whose
 * tasks (the analyzers, the database) hold no page.
 */

const CATEGORIES = ['toplevel', 'disabled-by-default-v8.cpu_profiler', '__metadata'];
const TASK = 'ThreadControllerImpl::RunTask';
const MAIN_THREAD = 'CrRendererMain';

/** Starts tracing `page` (before it navigates); resolves to a stop() giving our longest task. */
export async function traceOurTasks(page, scriptOrigin) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (batch) => {
    for (const event of batch.value) events.push(event);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
    return ourTasks(events, scriptOrigin);
  };
}

/**
 * Samples whose stack holds a frame of ours, by "pid:tid", in time order: their times (trace µs)
 * and the innermost function of ours on each (what a long task spent its time in).
 */
function ourSampleTimes(events, scriptOrigin) {
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
        if (url.startsWith(scriptOrigin))
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
 * Our longest task (ms), how many of our tasks passed 50 ms, and where the longest one spent
 * its time (`longestIn`: the innermost functions of ours most sampled in it), from trace events.
 */
export function ourTasks(events, scriptOrigin) {
  const samples = ourSampleTimes(events, scriptOrigin);
  let longestMs = 0;
  let longestCpuMs = 0;
  let longestIn = [];
  let over50 = 0;
  for (const event of events) {
    if (event.name !== TASK || event.ph !== 'X' || !event.dur) continue;
    const thread = samples.get(`${event.pid}:${event.tid}`);
    if (!thread?.length) continue;
    // First sample at or after the task's start (binary search), inside the task?
    let low = 0;
    let high = thread.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (thread[mid].time < event.ts) low = mid + 1;
      else high = mid;
    }
    const end = event.ts + event.dur;
    if (low >= thread.length || thread[low].time > end) continue;
    const ms = event.dur / 1000;
    if (ms > longestMs) {
      longestMs = ms;
      longestIn = hotFrames(thread, low, end);
    }
    // Thread time: what the task ran on a CPU, less the time other processes held it.
    longestCpuMs = Math.max(longestCpuMs, (event.tdur ?? event.dur) / 1000);
    if (ms > 50) over50 += 1;
  }
  return { longestMs, longestCpuMs, longestIn, over50 };
}
