import { describe, expect, it } from 'vitest';
import { markerTimes, ourTasks } from '../../../scripts/lib/our-tasks.mjs';

const OURS = 'chrome-extension://abc';
const main = { pid: 1, tid: 10 };

/**
 * A small trace: one renderer main thread, a CPU profile whose samples fall at the given times
 * (µs) on the given node (2: a function of ours, 3: the page's), and the given tasks.
 */
function trace(
  samples: [number, 2 | 3 | 4][],
  tasks: [number, number, number?][],
  markers: [string, number][] = [],
) {
  let last = 0;
  return [
    { name: 'thread_name', ph: 'M', ...main, args: { name: 'CrRendererMain' } },
    { name: 'Profile', ph: 'P', ...main, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ...main,
      id: '0x1',
      ts: 1,
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '', functionName: '(root)', lineNumber: 0 } },
              {
                id: 2,
                parent: 1,
                callFrame: { url: `${OURS}/content.js`, functionName: 'walk', lineNumber: 9 },
              },
              {
                id: 3,
                parent: 1,
                callFrame: { url: 'http://page/app.js', functionName: 'app', lineNumber: 0 },
              },
              // The bundle's own top level (its IIFE, line 2): the script being evaluated.
              {
                id: 4,
                parent: 1,
                callFrame: { url: `${OURS}/content.js`, functionName: '', lineNumber: 1 },
              },
            ],
            samples: samples.map(([, node]) => node),
          },
          timeDeltas: samples.map(([time]) => {
            const delta = time - last;
            last = time;
            return delta;
          }),
        },
      },
    },
    ...tasks.map(([ts, dur, tdur]) => ({ name: 'RunTask', ph: 'X', ...main, ts, dur, tdur: tdur ?? dur })),
    ...markers.map(([id, ts]) => ({ name: 'clock_sync', ph: 'c', ...main, ts, args: { sync_id: id } })),
  ];
}

describe('ourTasks', () => {
  it('counts a task as ours only when a sample of ours falls inside it', () => {
    const events = trace(
      [
        [1_000, 3],
        [20_000, 2],
      ],
      [
        [0, 80_000, 30_000], // the page's sample and ours: ours
        [100_000, 90_000], // no sample at all: not ours
      ],
    );
    expect(ourTasks(events, OURS)).toEqual({
      evaluation: {},
      heavy: [{ ms: 80, cpuMs: 30, in: ['walk content.js:10 ×1'] }],
      longestMs: 80,
      longestCpuMs: 30,
      longestIn: ['walk content.js:10 ×1'],
      longestCpuIn: ['walk content.js:10 ×1'],
      over50: 1,
      over50Cpu: 0,
    });
  });

  it('takes a list of script URLs: a task is ours when a sample falls in any of them', () => {
    const events = trace([[20_000, 2]], [[0, 30_000]]);
    expect(ourTasks(events, [`${OURS}/browser-polyfill.js`, `${OURS}/content.js`]).longestMs).toBe(30);
    expect(ourTasks(events, [`${OURS}/content-finder.js`]).longestMs).toBe(0);
  });

  it('gives each window the tasks that started in it, so one trace serves pages in turn', () => {
    const events = trace(
      [
        [1_000, 2],
        [201_000, 2],
        [301_000, 3],
      ],
      [
        [500, 60_000],
        [200_500, 20_000, 10_000],
        [300_500, 70_000], // the page's own: in no result
      ],
      [
        ['a', 0],
        ['b', 100_000],
        ['c', 150_000],
        ['d', 400_000],
      ],
    );
    const at = markerTimes(events);
    expect(at.get('c')).toBe(150_000);
    const windows = [
      { from: at.get('a') ?? 0, to: at.get('b') ?? 0 },
      { from: at.get('c') ?? 0, to: at.get('d') ?? 0 },
    ];
    const [first, second] = ourTasks(events, OURS, windows);
    expect([first?.longestMs, first?.over50]).toEqual([60, 1]);
    expect([second?.longestMs, second?.longestCpuMs, second?.over50]).toEqual([20, 10, 0]);
  });

  it('leaves out tasks between windows', () => {
    const events = trace([[120_000, 2]], [[110_000, 60_000]]);
    const [only] = ourTasks(events, OURS, [{ from: 0, to: 100_000 }]);
    expect(only).toEqual({
      evaluation: {},
      heavy: [],
      longestMs: 0,
      longestCpuMs: 0,
      longestIn: [],
      longestCpuIn: [],
      over50: 0,
      over50Cpu: 0,
    });
  });

  it('lists the tasks of 6 ms of CPU or more, and the CPU of the task evaluating each script', () => {
    const events = trace(
      [
        [1_000, 4],
        [2_000, 2],
        [21_000, 2],
        [41_000, 2],
      ],
      [
        [500, 9_000, 5_000], // the script's evaluation: 5 ms of CPU
        [20_500, 9_000, 7_000], // heavy
        [40_500, 9_000, 2_000],
      ],
    );
    const tasks = ourTasks(events, OURS);
    expect(tasks.evaluation).toEqual({ 'content.js': 5 });
    expect(tasks.heavy).toEqual([{ ms: 9, cpuMs: 7, in: ['walk content.js:10 ×1'] }]);
  });
});
