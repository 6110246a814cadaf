/**
 * The library search measurements of bench:library: a search typed into an open library view,
 * as a reader meets it. The view opens first (its list of the newest pages), a pause stands for
 * the typing, then the first search is timed alone (the one a reader waits for), then the same
 * searches again, alternated, for a median less at the mercy of the machine's load. Both the
 * first sample and the median carry the target.
 */
import { loadLibrary } from '../../popup/library-query';
import type { NewsmarkDb } from '../../src/store/db';
import { LIBRARY_PAGE_SIZE } from '../../src/store/library';
import { pause, time } from './bench-library-time';

/** The library search target (issue 9). */
export const SEARCH_TARGET = 50;
/** Library searches timed again after the first, for a median less at the mercy of the load. */
const SEARCH_REPEATS = 7;
/** Common words (about one page in seven has both), then words of a body and a title. */
export const SEARCH_QUERIES = ['hoang van', 'so tai chinh'] as const;
/** Between the view's list and the first search: a reader reading it and typing. */
const TYPING_MS = 1_000;

type Report = (what: string, ms: number, target: number | null) => void;

/**
 * `when` names the state the library is in ("after an import", "after a reload"). With
 * `building`, the first search is expected to find no search shelves (just after an import):
 * it walks the pages whole and stores their words, timed apart, and the timed searches follow
 * once that write has landed.
 */
export async function timeSearches(
  db: NewsmarkDb,
  when: string,
  report: Report,
  building = false,
): Promise<void> {
  const view = await time(() => loadLibrary(db, {}, LIBRARY_PAGE_SIZE));
  report(`library view opens ${when} (${view.value.entries.length} newest pages)`, view.ms, null);
  await pause(TYPING_MS);
  if (building) {
    const cold = await time(() => loadLibrary(db, { query: SEARCH_QUERIES[0] }, LIBRARY_PAGE_SIZE));
    report('  first search, no shelves yet (stores words)', cold.ms, null);
    // The words are stored from a fresh task once the search is done: let that write land.
    await pause(TYPING_MS);
  }
  const times = new Map<string, number[]>(SEARCH_QUERIES.map((query) => [query, []]));
  for (let i = 0; i <= SEARCH_REPEATS; i++)
    for (const query of SEARCH_QUERIES) {
      // What the library list asks for: the first screen of matching pages, with their counts.
      const searched = await time(() => loadLibrary(db, { query }, LIBRARY_PAGE_SIZE));
      times.get(query)?.push(searched.ms);
      if (i > 0) continue;
      const { matched, complete } = searched.value;
      report(
        `library search "${query}", first (${matched}${complete ? '' : '+'} pages)`,
        searched.ms,
        SEARCH_TARGET,
      );
    }
  for (const [query, [, ...again]] of times) {
    const sorted = again.sort((a, b) => a - b);
    const range = `${sorted[0]?.toFixed(1)}-${sorted[sorted.length - 1]?.toFixed(1)}`;
    report(
      `  "${query}" again, median of ${sorted.length} (${range})`,
      sorted[sorted.length >> 1] ?? 0,
      SEARCH_TARGET,
    );
  }
}
