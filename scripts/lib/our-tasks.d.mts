import type { Page } from 'playwright-core';

export interface OurTasks {
  /** The longest main-thread task that ran the extension's scripts, in ms. */
  longestMs: number;
  /** The most thread (CPU) time any of those tasks took, in ms: wall time less the time other processes held the CPU. */
  longestCpuMs: number;
  /** Where the longest task spent its time: the innermost functions of ours most sampled in it, with counts. */
  longestIn: string[];
  /** How many of those tasks took over 50 ms. */
  over50: number;
}

export declare function traceOurTasks(page: Page, scriptOrigin: string): Promise<() => Promise<OurTasks>>;
export declare function ourTasks(events: unknown[], scriptOrigin: string): OurTasks;
