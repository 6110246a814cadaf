import type { Person } from './model';

/** What the people list shows of a person: everything but their mentions. */
export type PersonSummary = Pick<Person, 'key' | 'name' | 'folded' | 'articleCount' | 'latest'>;

/** [key, name, folded, article count, latest article date (null when no article has one)] */
type StoredPerson = [string, string, string, number, number | null];

/**
 * The people as the bundle's people row stores them: a few dozen characters a person, where
 * the pages row holds every mention (the list needs none until a person's page opens).
 */
export function peopleSummaryText(people: Iterable<PersonSummary>): string {
  const stored: StoredPerson[] = [];
  for (const { key, name, folded, articleCount, latest } of people)
    stored.push([key, name, folded, articleCount, Number.isFinite(latest) ? latest : null]);
  return JSON.stringify(stored);
}

export function parsePeopleSummary(text: string): PersonSummary[] {
  return (JSON.parse(text) as StoredPerson[]).map(([key, name, folded, articleCount, latest]) => ({
    key,
    name,
    folded,
    articleCount,
    // A person seen only in undated articles: the model's starting value.
    latest: latest ?? Number.NEGATIVE_INFINITY,
  }));
}
