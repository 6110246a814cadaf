import type { Page } from 'playwright-core';

/** A task of ours that took at least HEAVY_CPU_MS of CPU. */
export interface HeavyTask {
  ms: number;
  cpuMs: number;
  /** The innermost functions of ours most sampled in it, with counts. */
  in: string[];
}

export declare const HEAVY_CPU_MS: number;

export interface OurTasks {
  /** CPU (ms) of the task in which each of our scripts' top level ran (its evaluation), by file name. */
  evaluation: Record<string, number>;
  /** Every task of ours of at least HEAVY_CPU_MS of CPU, in trace order. */
  heavy: HeavyTask[];
  /** The longest main-thread task that ran the extension's scripts, in ms. */
  longestMs: number;
  /** The most thread (CPU) time any of those tasks took, in ms: wall time less the time other processes held the CPU. */
  longestCpuMs: number;
  /** Where the longest task spent its time: the innermost functions of ours most sampled in it, with counts. */
  longestIn: string[];
  /** The same for the task that took the most CPU. */
  longestCpuIn: string[];
  /** How many of those tasks took over 50 ms. */
  over50: number;
  /** How many of those tasks took over 50 ms of CPU (thread time). */
  over50Cpu: number;
}

/** A span of a trace, in trace µs. */
export interface TraceWindow {
  from: number;
  to: number;
}

export interface Trace {
  mark(): Promise<string>;
  stop(): Promise<{ events: unknown[]; dataLoss: boolean }>;
}

export declare function startTrace(page: Page): Promise<Trace>;
export declare function traceOurTasks(
  page: Page,
  scriptOrigin: string | readonly string[],
): Promise<() => Promise<OurTasks>>;
export declare function markerTimes(events: unknown[]): Map<string, number>;
export declare function ourTasks(events: unknown[], scriptOrigin: string | readonly string[]): OurTasks;
export declare function ourTasks(
  events: unknown[],
  scriptOrigin: string | readonly string[],
  windows: TraceWindow[],
): OurTasks[];
