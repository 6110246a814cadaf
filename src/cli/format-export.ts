import { pathToFileURL } from 'node:url';
import type { AnnotateResult } from '../engine/types';
import { toCsv } from '../export/csv';
import { toMarkdown } from '../export/markdown';
import { exportFromEngine } from '../export/model';
import { toW3c } from '../export/w3c';

export type ExportFormat = 'md' | 'w3c' | 'csv';

/**
 * One page's export as the CLI prints it: Markdown documents separated by a rule, one
 * W3C collection per line, and CSV rows under a single header for all pages.
 */
export function formatExport(
  format: ExportFormat,
  file: string,
  result: AnnotateResult,
  first: boolean,
): string {
  const doc = exportFromEngine(pathToFileURL(file).href, result);
  switch (format) {
    case 'md':
      return `${first ? '' : '\n---\n\n'}${toMarkdown(doc)}`;
    case 'w3c':
      return `${JSON.stringify(toW3c(doc))}\n`;
    case 'csv': {
      const csv = toCsv(doc);
      return first ? csv : csv.slice(csv.indexOf('\r\n') + 2);
    }
  }
}
