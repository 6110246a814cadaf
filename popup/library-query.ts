import type { NewsmarkDb } from '../src/store/db';
import {
  type LibraryEntry,
  listLibrary,
  pageCount,
  type RowCounts,
  summarisePages,
} from '../src/store/library';
import type { LibraryFilter, PageMatch } from '../src/store/search';
import { searchNewestFirst } from '../src/store/search-newest';
import { warmSearch } from '../src/store/search-warm';

export interface LibraryResult {
  /** The pages shown, newest visit first, at most the asked-for limit. */
  entries: (LibraryEntry & { match?: PageMatch })[];
  /** Pages stored in all, whatever the filter. */
  total: number;
  /** Pages that pass the filter (all of them when there is none); a lower bound unless `complete`. */
  matched: number;
  /** False when the search stopped once it had more than `limit` pages: "30+" rather than a count. */
  complete: boolean;
  truncated: boolean;
  /** The query this result answers (the list lags the search box by the debounce). */
  query: string;
}

const isFiltered = (filter: LibraryFilter) => Boolean(filter.query?.trim() || filter.kind || filter.tag);

/**
 * The library list for a filter: the newest `limit` pages, narrowed to the matches when
 * filtering. Counts are read only for the pages shown.
 */
export async function loadLibrary(
  db: NewsmarkDb,
  filter: LibraryFilter,
  limit: number,
): Promise<LibraryResult> {
  const query = filter.query ?? '';
  if (!isFiltered(filter)) {
    const { entries, total } = await listLibrary(db, limit);
    return { entries, total, matched: total, complete: true, truncated: false, query };
  }
  const [{ pages, matches, matched, complete, truncated, counts }, total] = await Promise.all([
    searchNewestFirst(db, filter, limit),
    pageCount(db),
  ]);
  // Only pages the search did not count are read again.
  const uncounted = pages.filter((page) => !counts.has(page.url));
  // No transaction for none: the search counts every page it shows from its stored words.
  const read = uncounted.length > 0 ? await summarisePages(db, uncounted) : [];
  const summaries = new Map(read.map((entry) => [entry.page.url, entry]));
  const entries = pages.map(
    (page): LibraryEntry => summaries.get(page.url) ?? { page, ...(counts.get(page.url) as RowCounts) },
  );
  return {
    entries: entries.map((entry) => ({ ...entry, match: matches.get(entry.page.url) })),
    total,
    matched,
    complete,
    truncated,
    query,
  };
}

/**
 * What the library view does once its list shows: makes the search ready (search-warm.ts)
 * from a fresh task, out of the live query that listed the pages (it cannot write), so the
 * reader's first keystroke neither builds the search shelves nor reads them. Resolves when
 * done (a failure is logged, not thrown).
 */
export function warmLibrarySearch(db: NewsmarkDb): Promise<void> {
  return new Promise((done) => {
    setTimeout(() => {
      warmSearch(db)
        .catch((error: unknown) => {
          if ((error as Error).name !== 'DatabaseClosedError')
            console.warn('Newsmark: search not warmed', error);
        })
        .finally(done);
    }, 0);
  });
}
