/**
 * Work written as a generator of steps: it yields where a caller may pause. Node (the CLI,
 * the eval) runs the steps back to back with runToEnd; the content script runs the same steps
 * with pauses between them (src/content/yielding.ts), so one page never holds its main
 * thread in a single long task. Both get the same result.
 */
export type Steps<T> = Generator<void, T>;

/** Runs a generator's steps without pausing; returns its result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
