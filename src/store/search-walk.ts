import type { AnnotationRow, PageRecord } from '../shared/records';
import type { NewsmarkDb } from './db';
import type { RowCounts } from './library';
import { indexAdmits } from './search-candidates';
import { matchesAllTerms } from './search-fold';
import {
  addMatch,
  type LibraryFilter,
  type Matches,
  pageText,
  passesFilter,
  searchableText,
} from './search-match';

/**
 * The pages a newest-first search has found so far, visited in visit order: the first `limit`
 * found are shown. Rows and titles are matched as the index search matches them (indexAdmits),
 * so the answers are searchLibrary's.
 */
export class FoundPages {
  readonly matches: Matches = new Map();
  readonly shown: PageRecord[] = [];
  /** The counts of pages visited with all their rows or their stored words, by url. */
  readonly counts = new Map<string, RowCounts>();

  constructor(
    readonly filter: LibraryFilter,
    readonly terms: readonly string[],
    readonly words: readonly string[],
    readonly limit: number,
  ) {}

  /** Past the first screen: one page more than shown tells "30+" from "30". */
  get full(): boolean {
    return this.matches.size > this.limit;
  }

  private matchesText(folded: string): boolean {
    return matchesAllTerms(folded, this.terms) && indexAdmits(folded, this.words);
  }

  /**
   * Visits a page with its rows (all of them, or at least every one that may match);
   * `hasFilteredRow` says whether the page has a row passing the kind/tag filter (it counts
   * only when the title alone matches under such a filter). Synchronous: a native await
   * inside a Dexie transaction can let it commit.
   */
  visit(page: PageRecord, rows: readonly AnnotationRow[], hasFilteredRow: boolean): void {
    const { filter, matches } = this;
    for (const row of rows)
      if (passesFilter(row, filter) && this.matchesText(searchableText(row))) addMatch(matches, row);
    if (this.matchesText(pageText(page))) {
      const match = matches.get(page.url);
      if (match) match.titleMatched = true;
      else if (!(filter.kind || filter.tag) || hasFilteredRow)
        matches.set(page.url, { titleMatched: true, samples: [], annotationMatches: 0 });
    }
    if (matches.has(page.url) && this.shown.length < this.limit) this.shown.push(page);
  }
}

/** Where a newest-first read of pages starts: below `floor`, past the `atFloor` pages visited then. */
export interface NewestStart {
  floor: number;
  atFloor: number;
}

/**
 * Page urls newest visit first, `n` at a time, read from the lastSeen index without the
 * records: each call starts at the last visit time given, skipping the pages given with it.
 * From the newest page, or from `start`; each page's visit time goes into `times`.
 */
export function newestUrls(
  db: NewsmarkDb,
  start: NewestStart | null = null,
  times = new Map<string, number>(),
): (n: number) => Promise<string[]> {
  let floor = start?.floor ?? null;
  let atFloor = start?.atFloor ?? 0;
  return async (n) => {
    const range =
      floor === null ? db.pages.orderBy('lastSeen') : db.pages.where('lastSeen').belowOrEqual(floor);
    const newest = range.reverse().limit(n + atFloor);
    const [seen, urls] = (await Promise.all([newest.keys(), newest.primaryKeys()])) as [number[], string[]];
    const fresh = urls.slice(atFloor);
    for (const [i, url] of fresh.entries()) times.set(url, seen[atFloor + i] as number);
    const last = seen[seen.length - 1];
    if (fresh.length > 0 && typeof last === 'number') {
      // The next read starts at this time: the pages already given with it are its first ones.
      atFloor = seen.filter((time) => time === last).length;
      floor = last;
    }
    return fresh;
  };
}
