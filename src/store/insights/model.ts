import { foldForSearch } from '../search-fold';
import { lazily, once } from './lazily';
import { displayName } from './person-key';
import type { PageProjection } from './projection';

export interface ArticleRef {
  url: string;
  title: string;
  site: string;
  /** The article's date (ms). */
  date: number;
  lang: string;
}

/** One mention of a person: where, when, with which titles. */
export interface Mention {
  article: ArticleRef;
  annotationId: string;
  titles: string[];
}

export interface Person {
  key: string;
  name: string;
  /** Folded name and titles, for the accent-insensitive search. */
  folded: string;
  mentions: Mention[];
  articleCount: number;
  latest: number;
}

export interface FigureItem {
  id: string;
  article: ArticleRef;
  quote: string;
  type: string;
  value: number | string | null;
  /** A range's upper end ("6 to 8 percent"), in the same unit. */
  valueTo?: number;
  unit: string;
  sentence: string;
  /** The folded sentence (it holds the quote), for the text filter: folded when projected. */
  folded: string;
}

/** A projection's figure row as the table's item: the one place that reads the row's fields. */
export function figureItem(
  [id, quote, type, value, unit, sentence, folded, valueTo]: PageProjection['figures'][number],
  article: ArticleRef,
): FigureItem {
  const item: FigureItem = { id, article, quote, type, value, unit, sentence, folded };
  if (valueTo !== null && valueTo !== undefined) item.valueTo = valueTo;
  return item;
}

export interface DirectiveItem {
  id: string;
  article: ArticleRef;
  sentence: string;
  issuer: string;
  /** The person the issuer names, when the article names one among its officials. */
  issuerKey: string | null;
  /** The issuer folded for search, when projected. */
  issuerFolded: string;
  addressee: string;
  deadline: number | null;
}

export interface InsightsModel {
  articles: ArticleRef[];
  people: Map<string, Person>;
  /** Person keys named in each article (by article index), for "named with". */
  peopleByArticle: Map<ArticleRef, Set<string>>;
  figures: FigureItem[];
  directives: DirectiveItem[];
}

/**
 * Groups the pages' projections into people, figures and directives with their articles.
 * Names come keyed (page-people.ts): this only counts and links.
 */
export function buildModel(projections: readonly PageProjection[]): InsightsModel {
  const articles: ArticleRef[] = projections.map(({ page: [url, title, site, date, lang] }) => ({
    url,
    title,
    site,
    date: date ?? Number.NaN,
    lang,
  }));
  // People are grouped when a view first reads them: the figures table opens without them.
  const grouped = once(() => groupPeople(projections, articles));
  const figures = (): FigureItem[] =>
    projections.flatMap((projection, at) => {
      const article = articles[at] as ArticleRef;
      return projection.figures.map((row) => figureItem(row, article));
    });
  const directives = (): DirectiveItem[] =>
    projections.flatMap((projection, at) => {
      const article = articles[at] as ArticleRef;
      return projection.directives.map(
        ([id, sentence, issuer, addressee, deadline, issuerKey, issuerFolded]) => ({
          id,
          article,
          sentence,
          issuer,
          issuerKey,
          issuerFolded,
          addressee,
          deadline,
        }),
      );
    });
  // Figures and directives are built when a view first reads them: the people list opens without them.
  const model = { articles } as InsightsModel;
  lazily(model, 'people', () => grouped().people);
  lazily(model, 'peopleByArticle', () => grouped().peopleByArticle);
  lazily(model, 'figures', figures);
  lazily(model, 'directives', directives);
  return model;
}

/** One person per key across the articles, with their mentions, and who each article names. */
function groupPeople(
  projections: readonly PageProjection[],
  articles: readonly ArticleRef[],
): Pick<InsightsModel, 'people' | 'peopleByArticle'> {
  const people = new Map<string, Person>();
  const spellings = new Map<string, Map<string, number>>();
  const peopleByArticle = new Map<ArticleRef, Set<string>>();
  projections.forEach(({ officials }, at) => {
    if (officials.length === 0) return;
    const article = articles[at] as ArticleRef;
    const named = new Set<string>();
    for (const [id, name, titles, key, own] of officials) {
      named.add(key);
      let person = people.get(key);
      let counts = spellings.get(key);
      if (!person || !counts) {
        person = { key, name, folded: '', mentions: [], articleCount: 0, latest: Number.NEGATIVE_INFINITY };
        counts = new Map();
        people.set(key, person);
        spellings.set(key, counts);
      }
      counts.set(name, (counts.get(name) ?? 0) + own);
      person.mentions.push({ article, annotationId: id, titles });
      if (article.date > person.latest) person.latest = article.date;
    }
    for (const key of named) (people.get(key) as Person).articleCount++;
    peopleByArticle.set(article, named);
  });
  for (const person of people.values()) {
    person.name = displayName(spellings.get(person.key) as Map<string, number>) || person.name;
    const titles = new Set(person.mentions.flatMap((m) => m.titles));
    person.folded = foldForSearch([person.name, ...titles].join(' '));
  }
  return { people, peopleByArticle };
}
