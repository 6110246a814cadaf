/**
 * The main-thread tasks that ran the extension's scripts, from a browser trace. A page's own
 * long-task and long-animation-frame entries do not name content scripts (they run in an
 * isolated world); the trace does: its task events give each task's span on the renderer's
 * main thread, and its V8 CPU-profile samples (same clock) give the script URL running at
 * each moment. A task is ours when a sample inside it has a frame under `scriptOrigin`.
 */

const CATEGORIES = ['toplevel', 'disabled-by-default-v8.cpu_profiler', '__metadata'];
const TASK = 'ThreadControllerImpl::RunTask';

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

/** Times (trace µs) of samples whose stack holds a frame of ours, by "pid:tid". */
function ourSampleTimes(events, scriptOrigin) {
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
    const ours = new Map();
    const isOurs = (id) => {
      if (ours.has(id)) return ours.get(id);
      const node = profile.nodes.get(id);
      const result =
        !!node &&
        ((node.callFrame.url ?? '').startsWith(scriptOrigin) ||
          (node.parent !== undefined && isOurs(node.parent)));
      ours.set(id, result);
      return result;
    };
    const times = out.get(profile.thread) ?? [];
    let time = profile.start;
    for (const chunk of profile.chunks.sort((a, b) => a.ts - b.ts)) {
      const data = chunk.args.data;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const samples = data.cpuProfile?.samples ?? [];
      samples.forEach((id, i) => {
        time += data.timeDeltas?.[i] ?? 0;
        if (isOurs(id)) times.push(time);
      });
    }
    out.set(
      profile.thread,
      times.sort((a, b) => a - b),
    );
  }
  return out;
}

/** Our longest task (ms) and how many of our tasks passed 50 ms, from trace events. */
export function ourTasks(events, scriptOrigin) {
  const samples = ourSampleTimes(events, scriptOrigin);
  let longestMs = 0;
  let over50 = 0;
  for (const event of events) {
    if (event.name !== TASK || event.ph !== 'X' || !event.dur) continue;
    const times = samples.get(`${event.pid}:${event.tid}`);
    if (!times?.length) continue;
    // First sample at or after the task's start (binary search), inside the task?
    let low = 0;
    let high = times.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (times[mid] < event.ts) low = mid + 1;
      else high = mid;
    }
    if (low >= times.length || times[low] > event.ts + event.dur) continue;
    const ms = event.dur / 1000;
    longestMs = Math.max(longestMs, ms);
    if (ms > 50) over50 += 1;
  }
  return { longestMs, over50 };
}
