import { type FigureSort, figureFacets, filterFigures } from './figures';
import { type ArticleRef, type FigureItem, figureItem, type InsightsModel } from './model';
import type { PageProjection } from './projection';

/** The order the figures table opens in: its first screen is stored in it. */
export const FIRST_FIGURE_SORT: FigureSort = 'date-desc';
/** Rows of the stored first screen: the table shows about seven, a Page Down moves by as many. */
export const FIRST_FIGURES = 50;

/** What the figures table shows before it has read every figure. */
export interface FiguresFirstScreen {
  /** The first FIRST_FIGURES figures, unfiltered, in FIRST_FIGURE_SORT. */
  items: FigureItem[];
  /** How many figures there are. */
  total: number;
  facets: ReturnType<typeof figureFacets>;
}

type StoredArticle = [string, string, string, number | null, string];
type StoredRow = PageProjection['figures'][number];
/** A figure's projection row, then its article's index in `articles`. */
type StoredFigure = [...StoredRow, number];

interface Stored {
  total: number;
  facets: FiguresFirstScreen['facets'];
  articles: StoredArticle[];
  figures: StoredFigure[];
}

/** The first screen of a model's figures table, as the bundle's row stores it. */
export function figuresFirstText(model: InsightsModel): string {
  const articles = new Map<ArticleRef, number>();
  const figures = filterFigures(model, {}, FIRST_FIGURE_SORT)
    .slice(0, FIRST_FIGURES)
    .map((f): StoredFigure => {
      const at = articles.get(f.article) ?? articles.size;
      articles.set(f.article, at);
      return [f.id, f.quote, f.type, f.value, f.unit, f.sentence, f.folded, f.valueTo ?? null, at];
    });
  const stored: Stored = {
    total: model.figures.length,
    facets: figureFacets(model),
    articles: [...articles.keys()].map(({ url, title, site, date, lang }) => [
      url,
      title,
      site,
      Number.isFinite(date) ? date : null,
      lang,
    ]),
    figures,
  };
  return JSON.stringify(stored);
}

export function parseFiguresFirst(text: string): FiguresFirstScreen {
  const { total, facets, articles, figures } = JSON.parse(text) as Stored;
  const refs = articles.map(
    ([url, title, site, date, lang]): ArticleRef => ({ url, title, site, date: date ?? Number.NaN, lang }),
  );
  return {
    total,
    facets,
    items: figures.map((row) => figureItem(row.slice(0, 8) as StoredRow, refs[row[8]] as ArticleRef)),
  };
}
