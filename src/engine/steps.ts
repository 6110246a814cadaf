/**
 * Work written as a generator of steps: it yields where a caller may pause. Node (the CLI,
 * the eval) runs the steps back to back with runToEnd; the content script runs the same steps
 * with pauses between them (src/content/yielding.ts), so one page never holds its main
 * thread in a single long task. Both get the same result.
 */
export type Steps<T> = Generator<void, T>;

/**
 * Units of work between two yields of a walk over the page: one a node visited (or an element
 * closed), and one more per 256 characters of text (textWork). Small: the first touch of each node
 * builds its script wrapper, so 250 elements a step left steps of several ms cold in a browser
 * (a ~1 MB page took 50-74 ms in one task unstepped), and closes, skipped subtrees and text
 * uncounted made them longer still. The content script pauses at a yield only when its slice is
 * used up (a clock read), so a yield costs next to nothing.
 */
export const WORK_PER_STEP = 64;

/** The work a text node of `length` characters adds to a walk's count. */
export const textWork = (length: number): number => length >> 8;

/** Runs a generator's steps without pausing; returns its result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
