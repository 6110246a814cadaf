/**
 * `npm run bench:library` (also run by `npm run bench`): a generated library of 5,000 pages
 * and 100,000 annotations in Node with fake-indexeddb, and the time of each data query the
 * insights views and the library search make, beside its target. fake-indexeddb is far slower
 * than a browser's IndexedDB at reading many rows, so the times that read the database are an
 * upper bound; the in-memory queries are what the panel runs once the model is loaded.
 * `--pages=N --rows=N` change the size.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { type NewsmarkDb, openNewsmarkDb } from '../src/store/db';
import { filterDirectives } from '../src/store/insights/directives';
import { filterFigures } from '../src/store/insights/figures';
import { loadInsights } from '../src/store/insights/load';
import { listPeople, personPage } from '../src/store/insights/people';
import { searchLibrary } from '../src/store/search';
import { generatedLibrary } from './lib/generated-library';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const PAGES = arg('pages', 5_000);
const ROWS = arg('rows', 100_000);
const FIRST_SCREEN = 50;

async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

const results: { what: string; ms: number; target: number | null }[] = [];
function report(what: string, ms: number, target: number | null): void {
  results.push({ what, ms, target });
  const verdict = target === null ? '' : ms <= target ? '  ok' : '  OVER';
  const goal = target === null ? '' : `  (target ≤ ${target} ms)`;
  console.log(`${what.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms${goal}${verdict}`);
}

async function fill(db: NewsmarkDb): Promise<void> {
  const { pages, annotations } = generatedLibrary(PAGES, ROWS);
  await db.pages.bulkAdd(pages);
  for (let i = 0; i < annotations.length; i += 10_000)
    await db.annotations.bulkAdd(annotations.slice(i, i + 10_000));
}

const indexedDB = new IDBFactory();
const db = openNewsmarkDb({ indexedDB, IDBKeyRange });
const filled = await time(() => fill(db));
console.log(
  `bench:library: ${PAGES} pages, ${ROWS} annotations written in ${(filled.ms / 1000).toFixed(1)} s (fake-indexeddb)`,
);
report('snapshot build (first open after a change)', (await time(() => loadInsights(db))).ms, null);
db.close();

// A new connection: no model in memory, the stored snapshot is read: what opening the panel costs.
const panel = openNewsmarkDb({ indexedDB, IDBKeyRange });
const opened = await time(() => loadInsights(panel));
report('panel first render (snapshot -> model)', opened.ms, 150);
const model = opened.value;
const warm = await time(() => loadInsights(panel));
report('  model check on later renders', warm.ms, null);
const people = await time(async () => listPeople(await loadInsights(panel), '', 'latest'));
report(`people list (${people.value.length} people)`, people.ms, 200);
report(
  'people list, search "hoa"',
  (await time(async () => listPeople(await loadInsights(panel), 'hoa', 'articles'))).ms,
  200,
);
const busiest = listPeople(model, '', 'articles')[0]!;
const page = await time(async () => personPage(await loadInsights(panel), busiest.key));
report(`person page (${page.value?.articles.length} articles)`, page.ms, 100);
const first = await time(async () =>
  filterFigures(await loadInsights(panel), {}, 'value-desc').slice(0, FIRST_SCREEN),
);
report(`figures first screen (${model.figures.length} figures)`, first.ms, 200);
const changed = await time(async () =>
  filterFigures(await loadInsights(panel), { unit: 'USD', text: 'ty' }, 'date-desc').slice(0, FIRST_SCREEN),
);
report('figures filter change (unit + text)', changed.ms, 100);
const due = await time(async () =>
  filterDirectives(await loadInsights(panel), { dueWeekOf: Date.UTC(2024, 3, 29) }),
);
report(`directives due this week (${due.value.length})`, due.ms, 100);
for (const query of ['hoang van', 'so tai chinh']) {
  const searched = await time(() => searchLibrary(panel, { query }));
  report(`library search "${query}" (${searched.value.matches.size} pages)`, searched.ms, 50);
}
panel.close();

const over = results.filter((r) => r.target !== null && r.ms > r.target);
console.log(
  over.length === 0 ? 'bench:library: every target met' : `bench:library: ${over.length} over target`,
);
