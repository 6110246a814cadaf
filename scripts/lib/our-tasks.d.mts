import type { Page } from 'playwright-core';

export interface OurTasks {
  /** The longest main-thread task that ran the extension's scripts, in ms. */
  longestMs: number;
  /** How many of those tasks took over 50 ms. */
  over50: number;
}

export declare function traceOurTasks(page: Page, scriptOrigin: string): Promise<() => Promise<OurTasks>>;
export declare function ourTasks(events: unknown[], scriptOrigin: string): OurTasks;
