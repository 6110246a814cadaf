import type { AnnotationRow, PageRecord } from '../../shared/records';
import { findAddressee } from './addressee';
import { sentenceAround } from './context';
import { endsWithDeadlineCue, resolveDeadline } from './deadline';

/**
 * What the insights views need from one page, compact: the page and its automatic rows of the
 * three kinds, with what is derived from the text (sentences, addressees, deadlines) worked
 * out once. Stored per page (see stored-projections.ts) and rebuilt only when that page's
 * rows change, so the panel opens without re-reading every row. Tuples rather than objects:
 * the stored form is their JSON, which parses far faster than objects clone.
 */
export interface PageProjection {
  /** [url, title, site, article date (ms, null when unknown), lang] */
  page: [string, string, string, number | null, string];
  /** [row id, name, titles] */
  officials: [string, string, string[]][];
  /** [row id, as written, type, value, unit, sentence] */
  figures: [string, string, string, number | string | null, string, string][];
  /** [row id, sentence, issuer, addressee, deadline (ms) or null] */
  directives: [string, string, string, string, number | null][];
}

type FigureRow = Extract<AnnotationRow, { kind: 'figure' }>;

/** The day an article speaks for: its published date, else the reader's first visit. */
export function articleDate(page: PageRecord): number {
  const published = page.published ? Date.parse(page.published) : Number.NaN;
  return Number.isFinite(published) ? published : page.firstSeen;
}

function deadlineOf(directive: AnnotationRow, dates: readonly FigureRow[], date: number): number | null {
  for (const figure of dates) {
    if (figure.start < directive.start || figure.end > directive.end || typeof figure.value !== 'string')
      continue;
    const before = directive.quote.slice(0, figure.start - directive.start);
    if (!endsWithDeadlineCue(before)) continue;
    const due = resolveDeadline(figure.value, date);
    if (due !== null) return due;
  }
  return null;
}

/** Projects one page from its rows (any rows of the page: only the automatic ones count). */
export function projectPage(page: PageRecord, rows: readonly AnnotationRow[]): PageProjection {
  const date = articleDate(page);
  const projection: PageProjection = {
    page: [
      page.url,
      page.title ?? page.url,
      page.site ?? '',
      Number.isFinite(date) ? date : null,
      page.lang ?? '',
    ],
    officials: [],
    figures: [],
    directives: [],
  };
  const dates: FigureRow[] = [];
  for (const row of rows) {
    if (row.url !== page.url || row.origin !== 'auto') continue;
    if (row.kind === 'official' && row.name) projection.officials.push([row.id, row.name, row.titles ?? []]);
    if (row.kind !== 'figure') continue;
    const value = row.value ?? null;
    projection.figures.push([
      row.id,
      row.quote,
      row.figureType ?? 'number',
      value,
      row.unit ?? '',
      sentenceAround(row),
    ]);
    if (row.figureType === 'date') dates.push(row);
  }
  for (const row of rows) {
    if (row.url !== page.url || row.origin !== 'auto' || row.kind !== 'directive') continue;
    const deadline = deadlineOf(row, dates, date);
    projection.directives.push([
      row.id,
      row.quote,
      row.issuer ?? '',
      findAddressee(row.quote) ?? '',
      deadline,
    ]);
  }
  return projection;
}
