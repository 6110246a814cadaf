/**
 * The insights and library-search measurements, shared by the Node run (fake-indexeddb) and
 * the Chromium run (the browser's IndexedDB, bundled into a page): fills a generated library,
 * then times each data query the panel makes and reports it beside its target.
 */
import type { PageRecord } from '../../src/shared/records';
import { addRows, rowsOfPageOrigin } from '../../src/store/annotation-rows';
import type { NewsmarkDb } from '../../src/store/db';
import { BUNDLE_KEYS, PEOPLE_BUNDLE_KEY } from '../../src/store/derived-keys';
import { readCleanRow } from '../../src/store/insights/bundle';
import { filterDirectives } from '../../src/store/insights/directives';
import { filterFigures } from '../../src/store/insights/figures';
import { FIRST_FIGURE_SORT } from '../../src/store/insights/figures-first';
import { loadFiguresFirstScreen, loadPeople, warmPersonPages } from '../../src/store/insights/first-paint';
import { loadInsights } from '../../src/store/insights/load';
import { buildModel } from '../../src/store/insights/model';
import { listPeople, personPage } from '../../src/store/insights/people';
import { readProjections, storeProjections } from '../../src/store/insights/stored-projections';
import { type NewAutoRow, replaceAutoAnnotations } from '../../src/store/queries';
import { timeSearches } from './bench-library-search';
import { time } from './bench-library-time';
import { generatedLibrary } from './generated-library';

export interface BenchLine {
  what: string;
  ms: number;
  target: number | null;
}

/** What the people view, the panel's first, reads once its list shows (warmDirectives). */
const PEOPLE_VIEW = [] as const;
/** What a person's page asks for (PersonPage.tsx): the directives they issued. */
const PERSON_PAGE = ['directives'] as const;

export function formatLine({ what, ms, target }: BenchLine): string {
  const goal = target === null ? '' : `  (target ≤ ${target} ms)${ms <= target ? '  ok' : '  OVER'}`;
  return `${what.padEnd(46)} ${ms.toFixed(1).padStart(9)} ms${goal}`;
}

/**
 * Writes the generated library and stores its projections, as an import and the first open
 * after it leave them; returns the page the bench visits again. Apart, so the generated rows
 * are not held (and collected) while the panel's queries are timed.
 */
async function fill(
  writer: NewsmarkDb,
  sizes: { pages: number; rows: number },
  log: (line: string) => void,
  report: (what: string, ms: number, target: number | null) => void,
): Promise<PageRecord | undefined> {
  const { pages, annotations } = generatedLibrary(sizes.pages, sizes.rows);
  const filled = await time(async () => {
    await writer.pages.bulkAdd(pages);
    await addRows(writer, annotations);
  });
  log(`${sizes.pages} pages, ${sizes.rows} annotations written in ${(filled.ms / 1000).toFixed(1)} s`);
  const built = await time(() => readProjections(writer));
  report('projections build (first open after an import)', built.ms, null);
  await storeProjections(writer, built.value);
  writer.close();
  return pages[0];
}

/** Resolves once the people row holds again for every page (or after 60 s): stored after a read. */
async function firstPaintStored(db: NewsmarkDb): Promise<void> {
  for (
    let waited = 0;
    waited < 60_000 && (await readCleanRow(db, PEOPLE_BUNDLE_KEY)) === undefined;
    waited += 100
  )
    await new Promise((resolve) => setTimeout(resolve, 100));
}

/** `open` gives a new connection to the same database each call (a panel opening anew). */
export async function runLibraryBench(
  open: () => NewsmarkDb,
  sizes: { pages: number; rows: number },
  log: (line: string) => void,
): Promise<BenchLine[]> {
  const { lines, report } = reporter(log);
  const visited = await fill(open(), sizes, log, report);
  // A panel opens without the bench's garbage (every generated row, the stored bundle's text):
  // collected now where the browser allows, or a collection of it lands in some timed step.
  (globalThis as { gc?: () => void }).gc?.();

  // Where the first render goes: reading the stored projections, then grouping them in memory.
  const probe = open();
  report('  of which: connection open', (await time(() => probe.open())).ms, null);
  for (const key of BUNDLE_KEYS) {
    const raw = await time(() => probe.derived.get(key));
    const value = raw.value?.value as string | { text: string } | undefined;
    const mb = ((typeof value === 'string' ? value : value?.text)?.length ?? 0) / 1e6;
    report(`  of which: row "${key}" read (${mb.toFixed(1)} M chars)`, raw.ms, null);
  }
  const read = await time(() => readProjections(probe, PEOPLE_VIEW));
  report('  of which: projections read', read.ms, null);
  report('  of which: model build', (await time(() => buildModel(read.value.projections))).ms, null);
  probe.close();

  const db = open();
  // The panel opens on the people list, painted from the bundle's people row (first-paint.ts).
  const opened = await time(async () => listPeople(await loadPeople(db), '', 'latest'));
  report('panel first render (people row -> people list)', opened.ms, 150);
  const people = await time(async () => listPeople(await loadPeople(db), '', 'latest'));
  report(`people list (${people.value.length} people)`, people.ms, 200);
  report(
    'people list, search "hoa"',
    (await time(async () => listPeople(await loadPeople(db), 'hoa', 'articles'))).ms,
    200,
  );
  const busiest = listPeople(opened.value, '', 'articles')[0];
  // Once the list shows, the view reads the pages and directives from a later task
  // (PeopleView's warmDirectives), well before a reader can pick a person: timed apart.
  const warmed = await time(() => warmPersonPages(db));
  report('  people and directives read after the list (background)', warmed.ms, null);
  report('  model check on a later render', (await time(() => loadInsights(db, PEOPLE_VIEW))).ms, null);
  const page = await time(async () =>
    busiest ? personPage(await loadInsights(db, PERSON_PAGE), busiest.key) : null,
  );
  report(`person page (${page.value?.articles.length ?? 0} articles)`, page.ms, 100);
  // The figures table paints its stored first screen, then reads every figure (FiguresView).
  const first = await time(() => loadFiguresFirstScreen(db));
  report(`figures first screen (${first.value?.total ?? 'no stored'} figures)`, first.ms, 200);
  const whole = await time(async () =>
    filterFigures(await loadInsights(db, ['figures']), {}, FIRST_FIGURE_SORT),
  );
  report('  every figure read after the first paint', whole.ms, null);
  const unit = await time(async () =>
    filterFigures(await loadInsights(db, ['figures']), { unit: 'USD' }, FIRST_FIGURE_SORT),
  );
  report('figures filter change (unit)', unit.ms, 100);
  const text = await time(async () =>
    filterFigures(await loadInsights(db, ['figures']), { unit: 'USD', text: 'ty' }, FIRST_FIGURE_SORT),
  );
  report('figures filter change (first text filter)', text.ms, 100);
  const due = await time(async () =>
    filterDirectives(await loadInsights(db, ['directives']), { dueWeekOf: Date.UTC(2024, 3, 29) }),
  );
  report(`directives due this week (${due.value.length})`, due.ms, 100);
  if (visited) {
    const rows = await rowsOfPageOrigin(db, visited.url, 'auto');
    await replaceAutoAnnotations(db, visited, rows as NewAutoRow[], Date.now());
    report(
      'render after a visit (one page re-projected)',
      (await time(async () => listPeople(await loadPeople(db), '', 'latest'))).ms,
      150,
    );
    // That render stores the people row again (not the bundle: stored-projections.ts) from a
    // later task: timed apart, and awaited, so the searches below are timed alone.
    const stored = await time(() => firstPaintStored(db));
    report('  first-paint rows stored after the visit (background)', stored.ms, null);
    const again = open();
    const reopened = await time(async () => listPeople(await loadPeople(again), '', 'latest'));
    report('panel opened again after a visit (people row)', reopened.ms, 150);
    again.close();
  }
  // The library view opens on this panel, and a search is typed into it.
  await timeSearches(db, 'after an import', report);
  db.close();
  return lines;
}

/** The closing line of a run: how many measurements missed their target. */
export function targetsMet(lines: readonly BenchLine[]): string {
  const over = lines.filter((l) => l.target !== null && l.ms > l.target).length;
  return over === 0 ? 'every target met' : `${over} over target`;
}

/** Collects lines as runLibraryBench does, for a part run alone (the searches after a reload). */
export function reporter(log: (line: string) => void): {
  lines: BenchLine[];
  report: (what: string, ms: number, target: number | null) => void;
} {
  const lines: BenchLine[] = [];
  return {
    lines,
    report: (what, ms, target) => {
      lines.push({ what, ms, target });
      log(formatLine({ what, ms, target }));
    },
  };
}
