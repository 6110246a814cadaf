import type { AnnotationRow, FlatAnnotationRow, PageRecord, StoredKind } from '../shared/records';
import { foldForSearch } from './search-fold';

export interface LibraryFilter {
  /** Free text: page titles and sites, quotes, notes, official names and titles, issuers. */
  query?: string;
  kind?: StoredKind;
  tag?: string;
}

/** Why a page is in the results: its own text, and the annotations that matched. */
export interface PageMatch {
  titleMatched: boolean;
  /** The first few matching annotations, in reading order, for a preview. */
  samples: FlatAnnotationRow[];
  annotationMatches: number;
}

export type Matches = Map<string, PageMatch>;

const SAMPLES_PER_PAGE = 3;
/** Matching rows kept per page before choosing the first ones in reading order. */
const MAX_KEPT_SAMPLES = 100;

export function searchableText(row: FlatAnnotationRow): string {
  return foldForSearch(
    [row.quote, row.name, row.titles?.join(' '), row.issuer, row.body].filter(Boolean).join(' \u0001 '),
  );
}

export function pageText(page: PageRecord): string {
  return foldForSearch([page.title, page.site].filter(Boolean).join(' \u0001 '));
}

export function passesFilter(row: AnnotationRow, filter: LibraryFilter): boolean {
  return (!filter.kind || row.kind === filter.kind) && (!filter.tag || row.tags.includes(filter.tag));
}

export function addMatch(matches: Matches, row: AnnotationRow): void {
  const match = matches.get(row.url) ?? { titleMatched: false, samples: [], annotationMatches: 0 };
  match.annotationMatches++;
  if (match.samples.length < MAX_KEPT_SAMPLES) match.samples.push(row);
  matches.set(row.url, match);
}

export function keepFirstSamples(matches: Matches): void {
  for (const match of matches.values())
    match.samples = match.samples.sort((a, b) => a.start - b.start).slice(0, SAMPLES_PER_PAGE);
}
