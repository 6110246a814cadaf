/**
 * `npm run bench:library` (also run by `npm run bench`): a generated library of 5,000 pages
 * and 100,000 annotations, and the time of each data query the insights views and the
 * library search make, beside its target. Runs in Node on fake-indexeddb (whose reads are far
 * slower than a browser's: its times bound the browser's from above), then in Chromium when
 * one is installed (`--node-only` skips it), where the searches are timed again after a
 * reload of the page (a panel opened later: a settled database, code not run yet).
 * `--pages=N --rows=N` change the size (a smaller library to iterate on).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openNewsmarkDb } from '../src/store/db';
import { runInChromium } from './lib/bench-library-chromium';
import { runLibraryBench, targetsMet } from './lib/bench-library-core';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const sizes = { pages: arg('pages', 5_000), rows: arg('rows', 100_000) };

if (!process.argv.includes('--chromium-only')) {
  console.log('bench:library in Node (fake-indexeddb)');
  const indexedDB = new IDBFactory();
  const lines = await runLibraryBench(
    () => openNewsmarkDb({ indexedDB, IDBKeyRange }),
    sizes,
    (line) => console.log(`  ${line}`),
  );
  console.log(`  ${targetsMet(lines)}`);
}
if (!process.argv.includes('--node-only')) await runInChromium(sizes);
