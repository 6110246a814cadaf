/**
 * Keeps the content script's work in short tasks: the page's own scripts, input and painting
 * run in between. A task of ours stays well under the 50 ms a long task starts at, even on a
 * slow, busy machine.
 */

import type { Steps } from '../engine/steps';

/**
 * The longest stretch of our work between two pauses. A slice ends after the step that passes it,
 * and a task holds more than its slice (the timer's and the promises' own work, a collection of
 * garbage now and then): at 8 ms, tasks of 10-15 ms of CPU were common, and on a busy machine
 * (waiting for a core) one such passed 50 ms of wall time; at 6 ms most tasks of an article were
 * 7-8 ms of CPU. At 4 ms, with steps of bounded work (well under 1 ms), they stay near 6 ms: a task
 * of ours then needs to wait out 8 times its own CPU time to reach 50 ms.
 */
export const SLICE_MS = 4;

/**
 * Gives the page's main thread back for one turn. A timer whose callback is ours, so that a
 * browser's profiler (and `npm run crawl`) can tell the next task is Newsmark's work.
 */
export function pause(): Promise<void> {
  return new Promise((done) => setTimeout(() => done(), 0));
}

/** Runs a generator's steps, pausing whenever a slice of SLICE_MS is used; resolves to its result. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

export { runToEnd } from '../engine/steps';
