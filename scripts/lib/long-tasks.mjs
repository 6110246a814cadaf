/**
 * What a page itself can see of its main thread: an init script (the page's main world,
 * before any page script) keeps every 'longtask' entry (any task over 50 ms, whoever ran it)
 * and the time Newsmark first painted the page (its official highlight registered). Which
 * tasks were ours the page cannot tell: see our-tasks.mjs.
 */

/** The init script: plain JavaScript, run in the page before its own scripts. */
export function watchLongTasks() {
  const seen = { longTasks: [], paintedAt: null };
  window.__nmLong = seen;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        seen.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // an engine without long-task entries: nothing to record
  }
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  const check = () => {
    if (CSS.highlights.has('newsmark-official')) seen.paintedAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** The page's longest task (ms, 0 when none passed 50 ms) and when Newsmark painted it (ms from navigation start). */
export async function readLongTasks(page) {
  return page.evaluate(() => {
    const seen = window.__nmLong ?? { longTasks: [], paintedAt: null };
    return { longestTask: Math.max(0, ...seen.longTasks.map((t) => t.duration)), paintedAt: seen.paintedAt };
  });
}
