import { publishedTime } from '../../shared/dates';
import type { AnnotationRow, PageRecord } from '../../shared/records';
import { foldForSearch } from '../search-fold';
import { findAddressee } from './addressee';
import { sentenceAround } from './context';
import { endsWithDeadlineCue, resolveDeadline } from './deadline';
import { pagePeople } from './page-people';
import { personKey } from './person-key';

/**
 * What the insights views need from one page, compact: the page and its automatic rows of the
 * three kinds, with what is derived from the text (sentences, addressees, deadlines) worked
 * out once. Stored per page (see stored-projections.ts) and rebuilt only when that page's
 * rows change, so the panel opens without re-reading every row. Tuples rather than objects:
 * the stored form is their JSON, which parses far faster than objects clone.
 */
export interface PageProjection {
  /** PROJECTION_VERSION when it was built: another means build it again. */
  v: number;
  /** [url, title, site, article date (ms, null when unknown), lang] */
  page: [string, string, string, number | null, string];
  /** [row id, name, titles, person key, 1 when the name spells the key itself] */
  officials: [string, string, string[], string, 0 | 1][];
  /** [row id, as written, type, value, unit, sentence, folded sentence (for the text filter), a range's upper end or null] */
  figures: [string, string, string, number | string | null, string, string, string, number | null][];
  /** [row id, sentence, issuer, addressee, deadline (ms) or null, issuer's person key, folded issuer] */
  directives: [string, string, string, string, number | null, string | null, string][];
}

/**
 * Bumped when what a projection holds or how it is derived changes (its fields, sentences,
 * deadlines, person keys): stored ones of another version are built again.
 */
export const PROJECTION_VERSION = 3;

type FigureRow = Extract<AnnotationRow, { kind: 'figure' }>;

/** The day an article speaks for: its published date, else the reader's first visit. */
export function articleDate(page: PageRecord): number {
  return publishedTime(page.published) ?? page.firstSeen;
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
  const auto = rows.filter((row) => row.url === page.url && row.origin === 'auto');
  const officials = auto.flatMap((row) => (row.kind === 'official' && row.name ? [row] : []));
  const people = pagePeople(officials.map((row) => row.name as string));
  const projection: PageProjection = {
    v: PROJECTION_VERSION,
    page: [
      page.url,
      page.title ?? page.url,
      page.site ?? '',
      Number.isFinite(date) ? date : null,
      page.lang ?? '',
    ],
    officials: officials.map((row) => {
      const name = row.name as string;
      const key = people.keyOf(name);
      return [row.id, name, row.titles ?? [], key, key === personKey(name) ? 1 : 0];
    }),
    figures: [],
    directives: [],
  };
  const dates: FigureRow[] = [];
  for (const row of auto) {
    if (row.kind !== 'figure') continue;
    const sentence = sentenceAround(row);
    const value = row.value ?? null;
    const type = row.figureType ?? 'number';
    projection.figures.push([
      row.id,
      row.quote,
      type,
      value,
      row.unit ?? '',
      sentence,
      foldForSearch(sentence),
      row.valueTo ?? null,
    ]);
    if (row.figureType === 'date') dates.push(row);
  }
  for (const row of auto) {
    if (row.kind !== 'directive') continue;
    const issuer = row.issuer ?? '';
    projection.directives.push([
      row.id,
      row.quote,
      issuer,
      findAddressee(row.quote) ?? '',
      deadlineOf(row, dates, date),
      people.issuerKeyOf(issuer),
      foldForSearch(issuer),
    ]);
  }
  return projection;
}
