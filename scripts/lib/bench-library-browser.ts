/** The page side of the Chromium run: the same measurements on the browser's IndexedDB. */
import { openNewsmarkDb } from '../../src/store/db';
import { runLibraryBench } from './bench-library-core';

declare global {
  interface Window {
    runLibraryBench: (sizes: { pages: number; rows: number }) => Promise<string[]>;
  }
}

window.runLibraryBench = async (sizes) => {
  const lines: string[] = [];
  await runLibraryBench(
    () => openNewsmarkDb(),
    sizes,
    (line) => lines.push(line),
  );
  return lines;
};
