import { describeTextRange } from '../engine/anchor/selectors';
import type { AnnotateResult } from '../engine/types';
import { autoTags } from '../shared/auto-tags';
import { isoTime } from '../shared/dates';
import type { AnnotationRow, FlatAnnotationRow, PageRecord } from '../shared/records';

/** What every export format reads: one page and its annotations, wherever they came from. */
export type ExportPage = Omit<PageRecord, 'firstSeen' | 'lastSeen'>;

/** A stored row as every format reads it: named by an IRI, dated as ISO text. */
export type ExportAnnotation = Omit<
  FlatAnnotationRow,
  'id' | 'url' | 'entityKey' | 'created' | 'modified'
> & {
  /** An IRI naming the annotation (W3C `id`). */
  iri: string;
  created?: string;
};

export interface ExportDocument {
  page: ExportPage;
  annotations: ExportAnnotation[];
  /** ISO date-time of the export. */
  exported: string;
}

/** The export's own time: the clock's now, or the epoch for a clock a Date cannot hold. */
const iso = (ms: number): string => isoTime(ms) ?? isoTime(0)!;

/** The popup's path: rows read from the database. */
export function exportFromStore(
  page: PageRecord,
  rows: readonly AnnotationRow[],
  now = Date.now(),
): ExportDocument {
  const { firstSeen: _first, lastSeen: _last, ...exportPage } = page;
  const annotations = rows.map(
    ({ id, url: _url, created, modified: _modified, entityKey: _key, ...row }): ExportAnnotation => {
      // A row stored before times were bounded may hold one a Date cannot: left out, not thrown.
      const when = isoTime(created);
      return { ...row, iri: `urn:uuid:${id}`, ...(when === null ? {} : { created: when }) };
    },
  );
  return { page: exportPage, annotations, exported: iso(now) };
}

/** The CLI's path: an engine result for a page at `url`; ids are stable so repeated runs diff cleanly. */
export function exportFromEngine(url: string, result: AnnotateResult, now = Date.now()): ExportDocument {
  const { article } = result;
  const page: ExportPage = {
    url,
    canonicalUrl: article.url,
    title: article.title,
    site: article.siteName,
    lang: article.lang,
    published: article.published,
    byline: article.byline,
  };
  const annotations = result.annotations.map((a): ExportAnnotation => {
    const { text, kind, start, end, ...entity } = a;
    return {
      ...entity,
      iri: `${url}#newsmark-${kind}-${start}-${end}`,
      kind,
      origin: 'auto',
      quote: text,
      start,
      end,
      selectors: describeTextRange(article.text, start, end),
      tags: autoTags(a),
    };
  });
  return { page, annotations, exported: iso(now) };
}
