import type { ExportAnnotation, ExportDocument } from './model';

const COLUMNS = [
  'url',
  'kind',
  'origin',
  'quote',
  'start',
  'end',
  'name',
  'titles',
  'figure_type',
  'value',
  'value_to',
  'unit',
  'issuer',
  'note',
  'tags',
] as const;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (= + - @, or a
 * leading tab/CR) gets a leading apostrophe. Numbers we wrote ourselves are left as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(url: string, a: ExportAnnotation): (string | number | null | undefined)[] {
  return [
    url,
    a.kind,
    a.origin,
    a.quote,
    a.start,
    a.end,
    a.name,
    a.titles?.join('; '),
    a.figureType,
    a.value,
    a.valueTo,
    a.unit,
    a.issuer,
    a.body,
    a.tags.join('; '),
  ];
}

/** One row per annotation, a header first, CRLF line ends as RFC 4180 asks. */
export function toCsv(doc: ExportDocument): string {
  const lines = [
    COLUMNS.join(','),
    ...doc.annotations.map((a) => row(doc.page.url, a).map(csvCell).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
