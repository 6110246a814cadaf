import { matchesAllTerms, queryTerms } from '../search-fold';
import type { ArticleRef, DirectiveItem, InsightsModel, Person } from './model';
import type { PersonSummary } from './people-summary';

export type PeopleSort = 'latest' | 'articles';

/**
 * People whose name or a title holds every query word (accents ignored), sorted: the model's
 * people, or the summaries the list paints from (first-paint.ts).
 */
export function listPeople<T extends PersonSummary>(
  people: Iterable<T>,
  query: string,
  sort: PeopleSort,
): T[] {
  const terms = queryTerms(query);
  const found: T[] = [];
  for (const person of people)
    if (terms.length === 0 || matchesAllTerms(person.folded, terms)) found.push(person);
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, 'vi');
  return found.sort((a, b) =>
    sort === 'latest'
      ? b.latest - a.latest || b.articleCount - a.articleCount || byName(a, b)
      : b.articleCount - a.articleCount || b.latest - a.latest || byName(a, b),
  );
}

/** A title the person held, with the dates of the articles that gave it. */
export interface TitleSpan {
  title: string;
  first: number;
  last: number;
  articles: number;
}

export interface PersonArticle {
  article: ArticleRef;
  /** The first mention in the article, to open it at. */
  annotationId: string;
}

export interface PersonPage {
  person: Person;
  /** Offices in the order they were first seen. */
  timeline: TitleSpan[];
  /** Newest first. */
  articles: PersonArticle[];
  directives: DirectiveItem[];
  /** Officials named in the same articles, most shared articles first. */
  namedWith: { person: Person; shared: number }[];
}

const NAMED_WITH = 8;

export function personPage(model: InsightsModel, key: string): PersonPage | null {
  const person = model.people.get(key);
  if (!person) return null;
  const titles = new Map<string, TitleSpan & { seen: Set<ArticleRef> }>();
  const articles = new Map<ArticleRef, string>();
  for (const { article, annotationId, titles: held } of person.mentions) {
    if (!articles.has(article)) articles.set(article, annotationId);
    for (const title of held) {
      const folded = title.toLocaleLowerCase('vi');
      const span = titles.get(folded) ?? {
        title,
        first: article.date,
        last: article.date,
        articles: 0,
        seen: new Set(),
      };
      span.first = Math.min(span.first, article.date);
      span.last = Math.max(span.last, article.date);
      if (!span.seen.has(article)) span.articles++;
      span.seen.add(article);
      titles.set(folded, span);
    }
  }
  const shared = new Map<string, number>();
  for (const article of articles.keys())
    for (const other of model.peopleByArticle.get(article) ?? [])
      if (other !== key) shared.set(other, (shared.get(other) ?? 0) + 1);
  return {
    person,
    timeline: [...titles.values()]
      .map(({ seen: _seen, ...span }) => span)
      .sort((a, b) => a.first - b.first || a.last - b.last),
    articles: [...articles]
      .map(([article, annotationId]) => ({ article, annotationId }))
      .sort((a, b) => b.article.date - a.article.date),
    directives: model.directives
      .filter((d) => d.issuerKey === key)
      .sort((a, b) => b.article.date - a.article.date),
    namedWith: [...shared]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, NAMED_WITH)
      .map(([other, count]) => ({ person: model.people.get(other) as Person, shared: count })),
  };
}
