import type { NewsmarkDb } from '../src/store/db';
import { type LibraryEntry, listLibrary } from '../src/store/library';
import { type LibraryFilter, type PageMatch, searchLibrary } from '../src/store/search';

export interface LibraryResult {
  entries: (LibraryEntry & { match?: PageMatch })[];
  /** Pages stored in all, whatever the filter. */
  total: number;
  truncated: boolean;
  /** The query this result answers (the list lags the search box by the debounce). */
  query: string;
}

const isFiltered = (filter: LibraryFilter) => Boolean(filter.query?.trim() || filter.kind || filter.tag);

/** The library list for a filter: every page newest first, narrowed to the matches when filtering. */
export async function loadLibrary(db: NewsmarkDb, filter: LibraryFilter): Promise<LibraryResult> {
  const entries = await listLibrary(db);
  const query = filter.query ?? '';
  if (!isFiltered(filter)) return { entries, total: entries.length, truncated: false, query };
  const { matches, truncated } = await searchLibrary(db, filter);
  return {
    entries: entries
      .filter((e) => matches.has(e.page.url))
      .map((e) => ({ ...e, match: matches.get(e.page.url) })),
    total: entries.length,
    truncated,
    query,
  };
}
