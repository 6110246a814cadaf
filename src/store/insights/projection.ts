import type { AnnotationRow, PageRecord } from '../../shared/records';
import { findAddressee } from './addressee';
import { sentenceAround } from './context';
import { endsWithDeadlineCue, resolveDeadline } from './deadline';

/**
 * What the insights views need from the library, compact: one entry per page and per
 * automatic row, with what is derived from the text (sentences, addressees, deadlines)
 * worked out once. It is what the snapshot stores, so the panel opens without re-reading
 * every row. Tuples rather than objects: they clone far faster out of IndexedDB.
 */
export interface Projection {
  /** [url, title, site, article date (ms), lang] */
  pages: [string, string, string, number, string][];
  /** [page index, row id, name, titles] */
  officials: [number, string, string, string[]][];
  /** [page index, row id, as written, type, value, unit, sentence] */
  figures: [number, string, string, string, number | string | null, string, string][];
  /** [page index, row id, sentence, issuer, addressee, deadline (ms) or null] */
  directives: [number, string, string, string, string, number | null][];
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

/** Builds the projection from the pages and the automatic rows of the three kinds. */
export function buildProjection(pages: readonly PageRecord[], rows: readonly AnnotationRow[]): Projection {
  const index = new Map(pages.map((page, i) => [page.url, i]));
  const projection: Projection = {
    pages: pages.map((p) => [p.url, p.title ?? p.url, p.site ?? '', articleDate(p), p.lang ?? '']),
    officials: [],
    figures: [],
    directives: [],
  };
  const datesByPage = new Map<number, FigureRow[]>();
  for (const row of rows) {
    const at = index.get(row.url);
    if (at === undefined || row.origin !== 'auto') continue;
    if (row.kind === 'official' && row.name)
      projection.officials.push([at, row.id, row.name, row.titles ?? []]);
    if (row.kind === 'figure') {
      const value = row.value ?? null;
      projection.figures.push([
        at,
        row.id,
        row.quote,
        row.figureType ?? 'number',
        value,
        row.unit ?? '',
        sentenceAround(row),
      ]);
      const dates = datesByPage.get(at);
      if (row.figureType !== 'date') continue;
      if (dates) dates.push(row);
      else datesByPage.set(at, [row]);
    }
  }
  for (const row of rows) {
    const at = index.get(row.url);
    if (at === undefined || row.origin !== 'auto' || row.kind !== 'directive') continue;
    const date = projection.pages[at]?.[3] ?? Number.NaN;
    const deadline = deadlineOf(row, datesByPage.get(at) ?? [], date);
    projection.directives.push([
      at,
      row.id,
      row.quote,
      row.issuer ?? '',
      findAddressee(row.quote) ?? '',
      deadline,
    ]);
  }
  return projection;
}
