import { foldForSearch } from '../search-fold';
import { displayName, personKey as foldName, joinShortNames, nameWords } from './person-key';
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
  unit: string;
  sentence: string;
  /** Folded quote and sentence, worked out the first time a text filter needs it. */
  folded?: string;
}

export interface DirectiveItem {
  id: string;
  article: ArticleRef;
  sentence: string;
  issuer: string;
  /** The person the issuer names, when the article names one among its officials. */
  issuerKey: string | null;
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

/** An issuer's person key: its own key joined as the article joins names, or the one full name it contains. */
function issuerKeyOf(
  own: string,
  joined: Map<string, string>,
  keys: Set<string>,
  spaced: (key: string) => string,
): string | null {
  if (!own) return null;
  const direct = joined.get(own) ?? (keys.has(own) ? own : undefined);
  if (direct) return direct;
  const folded = spaced(own);
  const contained = [...keys].filter((key) => folded.includes(spaced(key)));
  return contained.length === 1 ? (contained[0] as string) : null;
}

/** Groups the pages' projections into people, figures and directives with their articles. */
export function buildModel(projections: readonly PageProjection[]): InsightsModel {
  // The same names recur across thousands of rows: fold each spelling once.
  const keys = new Map<string, string>();
  const personKey = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = foldName(name);
      keys.set(name, key);
    }
    return key;
  };
  const spacedWords = new Map<string, string>();
  /** " folded words ", so a name matches inside an issuer only at word bounds. */
  const spaced = (key: string) => {
    let words = spacedWords.get(key);
    if (words === undefined) {
      words = ` ${nameWords(key).join(' ')} `;
      spacedWords.set(key, words);
    }
    return words;
  };
  const articles: ArticleRef[] = projections.map(({ page: [url, title, site, date, lang] }) => ({
    url,
    title,
    site,
    date: date ?? Number.NaN,
    lang,
  }));
  const people = new Map<string, Person>();
  const spellings = new Map<string, Map<string, number>>();
  const peopleByArticle = new Map<ArticleRef, Set<string>>();
  const joinedByArticle = new Map<number, Map<string, string>>();
  projections.forEach(({ officials }, at) => {
    if (officials.length === 0) return;
    const article = articles[at] as ArticleRef;
    const joined = joinShortNames(officials.map(([, name]) => personKey(name)));
    joinedByArticle.set(at, joined);
    const named = new Set<string>();
    for (const [id, name, titles] of officials) {
      const key = joined.get(personKey(name)) ?? personKey(name);
      named.add(key);
      let person = people.get(key);
      if (!person) {
        person = { key, name, folded: '', mentions: [], articleCount: 0, latest: Number.NEGATIVE_INFINITY };
        people.set(key, person);
        spellings.set(key, new Map());
      }
      const counts = spellings.get(key) as Map<string, number>;
      counts.set(name, (counts.get(name) ?? 0) + (key === personKey(name) ? 1 : 0));
      person.mentions.push({ article, annotationId: id, titles });
      person.latest = Math.max(person.latest, article.date);
    }
    for (const key of named) (people.get(key) as Person).articleCount++;
    peopleByArticle.set(article, named);
  });
  for (const person of people.values()) {
    person.name = displayName(spellings.get(person.key) as Map<string, number>) || person.name;
    const titles = new Set(person.mentions.flatMap((m) => m.titles));
    person.folded = foldForSearch([person.name, ...titles].join(' '));
  }
  const figures = (): FigureItem[] =>
    projections.flatMap((projection, at) => {
      const article = articles[at] as ArticleRef;
      return projection.figures.map(([id, quote, type, value, unit, sentence]) => ({
        id,
        article,
        quote,
        type,
        value,
        unit,
        sentence,
      }));
    });
  const directives = (): DirectiveItem[] =>
    projections.flatMap((projection, at) => {
      const article = articles[at] as ArticleRef;
      const keys = peopleByArticle.get(article) ?? new Set<string>();
      const joined = joinedByArticle.get(at) ?? new Map<string, string>();
      return projection.directives.map(([id, sentence, issuer, addressee, deadline]) => ({
        id,
        article,
        sentence,
        issuer,
        issuerKey: issuerKeyOf(issuer && personKey(issuer), joined, keys, spaced),
        addressee,
        deadline,
      }));
    });
  // Figures and directives are built when a view first reads them: the people list opens without them.
  const model = { articles, people, peopleByArticle } as InsightsModel;
  lazily(model, 'figures', figures);
  lazily(model, 'directives', directives);
  return model;
}

/** Defines `key` on `target` as `build()`, run on the first read and kept. */
function lazily<T extends object, K extends keyof T>(target: T, key: K, build: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = build();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false });
      return value;
    },
  });
}
