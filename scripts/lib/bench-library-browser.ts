/** The page side of the Chromium run: the same measurements on the browser's IndexedDB. */
import { openNewsmarkDb } from '../../src/store/db';
import { type BenchLine, reporter, runLibraryBench } from './bench-library-core';
import { timeSearches } from './bench-library-search';

/** What the page printed, and the measurements (for the count of targets missed). */
export interface PageRun {
  printed: string[];
  lines: BenchLine[];
}

declare global {
  interface Window {
    runLibraryBench: (sizes: { pages: number; rows: number }) => Promise<PageRun>;
    /** The searches alone, on the library the page filled before a reload. */
    runSearchBench: (when: string) => Promise<PageRun>;
  }
}

window.runLibraryBench = async (sizes) => {
  const printed: string[] = [];
  const lines = await runLibraryBench(
    () => openNewsmarkDb(),
    sizes,
    (line) => printed.push(line),
  );
  return { printed, lines };
};

window.runSearchBench = async (when) => {
  const printed: string[] = [];
  const { lines, report } = reporter((line) => printed.push(line));
  const db = openNewsmarkDb();
  await timeSearches(db, when, report);
  db.close();
  return { printed, lines };
};
