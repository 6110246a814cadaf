import type { AnnotationRow, PageRecord } from '../shared/records';
import { groupByUrl } from '../shared/rows-by-url';
import { toCsv } from './csv';
import { type ExportDocument, exportFromStore } from './model';
import { toW3c } from './w3c';

export const BACKUP_FORMAT = 'newsmark-backup';
export const BACKUP_VERSION = 1;

/** The file "Export all" writes and "Import" reads back: the rows as the database keeps them. */
export interface NewsmarkBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  pages: PageRecord[];
  annotations: AnnotationRow[];
}

export function toBackup(
  pages: readonly PageRecord[],
  annotations: readonly AnnotationRow[],
  now = Date.now(),
): NewsmarkBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    pages: [...pages],
    annotations: [...annotations],
  };
}

/** One export document per page, rows in reading order; rows whose page is missing get a bare page. */
export function exportDocuments(
  pages: readonly PageRecord[],
  annotations: readonly AnnotationRow[],
  now = Date.now(),
): ExportDocument[] {
  const rowsByUrl = groupByUrl(annotations);
  const known = new Map(pages.map((page) => [page.url, page]));
  for (const url of rowsByUrl.keys())
    if (!known.has(url))
      known.set(url, {
        url,
        canonicalUrl: null,
        title: null,
        site: null,
        lang: null,
        published: null,
        byline: null,
        firstSeen: 0,
        lastSeen: 0,
      });
  return [...known.values()].map((page) => {
    const rows = (rowsByUrl.get(page.url) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    return exportFromStore(page, rows, now);
  });
}

/** Every page's annotations in one W3C AnnotationCollection (each item targets its own page). */
export function toW3cLibrary(
  documents: readonly ExportDocument[],
  now = Date.now(),
): Record<string, unknown> {
  const items = documents.flatMap((doc) => {
    const page = toW3c(doc) as { first: { items: unknown[] } };
    return page.first.items;
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:newsmark:library',
    type: 'AnnotationCollection',
    label: 'Newsmark: all pages',
    generated: new Date(now).toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

const EMPTY_PAGE = {
  url: '',
  canonicalUrl: null,
  title: null,
  site: null,
  lang: null,
  published: null,
  byline: null,
};

/** Every page's annotations as one CSV: the header once, then each page's rows. */
export function toCsvLibrary(documents: readonly ExportDocument[]): string {
  const header = toCsv({ page: EMPTY_PAGE, annotations: [], exported: '' });
  return header + documents.map((doc) => toCsv(doc).slice(header.length)).join('');
}
