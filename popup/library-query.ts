import type { NewsmarkDb } from '../src/store/db';
import {
  type LibraryEntry,
  listLibrary,
  pageCount,
  pagesNewestFirst,
  summarisePages,
} from '../src/store/library';
import { type LibraryFilter, type PageMatch, searchLibrary } from '../src/store/search';

export interface LibraryResult {
  /** The pages shown, newest visit first, at most the asked-for limit. */
  entries: (LibraryEntry & { match?: PageMatch })[];
  /** Pages stored in all, whatever the filter. */
  total: number;
  /** Pages that pass the filter (all of them when there is none). */
  matched: number;
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
    return { entries, total, matched: total, truncated: false, query };
  }
  const { matches, truncated } = await searchLibrary(db, filter);
  const pages = await pagesNewestFirst(db, [...matches.keys()]);
  const entries = await summarisePages(db, pages.slice(0, limit));
  return {
    entries: entries.map((entry) => ({ ...entry, match: matches.get(entry.page.url) })),
    total: await pageCount(db),
    matched: pages.length,
    truncated,
    query,
  };
}
