import { csvCell } from '../../export/csv';
import { matchesAllTerms, queryTerms } from '../search-fold';
import type { FigureItem, InsightsModel } from './model';

export interface FigureFilter {
  type?: string;
  unit?: string;
  site?: string;
  /** Article dates, inclusive (ms). */
  from?: number;
  to?: number;
  text?: string;
}

export type FigureSort = 'value-desc' | 'value-asc' | 'date-desc' | 'date-asc';

/** Amounts before date-like values; amounts by number, the rest by their ISO text. */
function compareValues(a: FigureItem, b: FigureItem): number {
  const an = typeof a.value === 'number';
  const bn = typeof b.value === 'number';
  if (an && bn) return (a.value as number) - (b.value as number);
  if (an !== bn) return an ? -1 : 1;
  return String(a.value ?? '').localeCompare(String(b.value ?? ''));
}

const sortedCache = new WeakMap<InsightsModel, Map<FigureSort, FigureItem[]>>();

/** Every figure in one order, sorted once per model: a filter change then only filters. */
function sortedFigures(model: InsightsModel, sort: FigureSort): FigureItem[] {
  const bySort = sortedCache.get(model) ?? new Map<FigureSort, FigureItem[]>();
  sortedCache.set(model, bySort);
  let sorted = bySort.get(sort);
  if (!sorted) {
    const direction = sort.endsWith('desc') ? -1 : 1;
    const byDate = (a: FigureItem, b: FigureItem) => a.article.date - b.article.date;
    sorted = [...model.figures].sort((a, b) =>
      sort.startsWith('value')
        ? direction * (compareValues(a, b) || byDate(a, b))
        : direction * (byDate(a, b) || compareValues(a, b)),
    );
    bySort.set(sort, sorted);
  }
  return sorted;
}

export function filterFigures(model: InsightsModel, filter: FigureFilter, sort: FigureSort): FigureItem[] {
  const terms = queryTerms(filter.text ?? '');
  return sortedFigures(model, sort).filter(
    (f) =>
      (!filter.type || f.type === filter.type) &&
      (!filter.unit || f.unit === filter.unit) &&
      (!filter.site || f.article.site === filter.site) &&
      (filter.from === undefined || f.article.date >= filter.from) &&
      (filter.to === undefined || f.article.date <= filter.to) &&
      (terms.length === 0 || matchesAllTerms(f.folded, terms)),
  );
}

/** The values the filters offer: every type, unit and site in use, sorted. */
export function figureFacets(model: InsightsModel): { types: string[]; units: string[]; sites: string[] } {
  const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort();
  return {
    types: sorted(model.figures.map((f) => f.type)),
    units: sorted(model.figures.map((f) => f.unit)),
    sites: sorted(model.figures.map((f) => f.article.site)),
  };
}

const COLUMNS = ['as_written', 'value', 'value_to', 'unit', 'type', 'sentence', 'url', 'site', 'date'];

const isoDay = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '');

/** The table as CSV, with the export's cell rules (RFC 4180, formula-safe) and CRLF ends. */
export function figuresCsv(figures: readonly FigureItem[]): string {
  const lines = [
    COLUMNS.join(','),
    ...figures.map((f) =>
      [
        f.quote,
        f.value,
        f.valueTo,
        f.unit,
        f.type,
        f.sentence,
        f.article.url,
        f.article.site,
        isoDay(f.article.date),
      ]
        .map(csvCell)
        .join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
