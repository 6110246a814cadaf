import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInSlices } from '../../../src/content/yielding';

// A task of ours is one slice of steps: the runner must pause as soon as a slice's time is used,
// whatever the count of steps, and never in the middle of a slice.
describe('runInSlices', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Steps that each take `stepMs` on a fake clock; tells the clock time at each pause. */
  async function run(steps: number, stepMs: number, sliceMs: number) {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const pausedAt: number[] = [];
    const timer = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void) => {
      pausedAt.push(clock);
      return timer(fn, 0);
    }) as typeof setTimeout);
    function* work(): Generator<void, string> {
      for (let i = 0; i < steps; i++) {
        clock += stepMs;
        yield;
      }
      return 'done';
    }
    const result = await runInSlices(work(), sliceMs);
    return { result, pausedAt };
  }

  it('pauses once a slice of time is used, not after a count of steps', async () => {
    const { result, pausedAt } = await run(20, 1, 4);
    expect(result).toBe('done');
    // A pause after every fourth 1 ms step: 4, 8, 12, 16, 20.
    expect(pausedAt).toEqual([4, 8, 12, 16, 20]);
  });

  it('never pauses while a slice has time left', async () => {
    const { pausedAt } = await run(30, 0.1, 4);
    expect(pausedAt).toEqual([]);
  });
});
