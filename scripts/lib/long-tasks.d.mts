import type { Page } from 'playwright-core';

export interface LongTaskReport {
  longestTask: number;
  paintedAt: number | null;
}

export declare function watchLongTasks(): void;
export declare function readLongTasks(page: Page): Promise<LongTaskReport>;
