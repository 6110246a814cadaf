import type { ExportAnnotation, ExportDocument } from './model';
import { byKind, formatFigureValue, summariseOfficials } from './summary';

/**
 * Page text is data, not markup: escape what Markdown would read inline as emphasis, code,
 * links or HTML, and fold line breaks (each item is one line). Headings start with "# ", so a
 * "#" inside the text needs no escape.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>])/g, '\\$1')
    .trim();
}

function officials(doc: ExportDocument): string[] {
  return summariseOfficials(doc.annotations).map((o) => {
    const titles = o.titles.length ? ` — ${o.titles.map(escapeMarkdown).join('; ')}` : '';
    const mentions = o.mentions === 1 ? '1 mention' : `${o.mentions} mentions`;
    return `- **${escapeMarkdown(o.name)}**${titles} (${mentions})`;
  });
}

function figures(doc: ExportDocument): string[] {
  return byKind(doc.annotations, 'figure').map((a) => {
    const value = formatFigureValue(a);
    return `- ${escapeMarkdown(a.quote)}${value ? ` → ${escapeMarkdown(value)}` : ''}`;
  });
}

function directives(doc: ExportDocument): string[] {
  return byKind(doc.annotations, 'directive').map(
    (a) => `- > ${escapeMarkdown(a.quote)}${a.issuer ? ` — *${escapeMarkdown(a.issuer)}*` : ''}`,
  );
}

function readerNotes(doc: ExportDocument): string[] {
  return doc.annotations
    .filter((a: ExportAnnotation) => a.origin === 'reader')
    .map((a) => `- > ${escapeMarkdown(a.quote)}${a.body ? `\n\n  ${escapeMarkdown(a.body)}` : ''}`);
}

function section(heading: string, lines: string[]): string[] {
  return [`## ${heading} (${lines.length})`, '', ...(lines.length ? lines : ['None found.']), ''];
}

/** The page's notes as a Markdown document: title, source, then one section per category. */
export function toMarkdown(doc: ExportDocument): string {
  const { page } = doc;
  const meta = [
    `- URL: <${page.url}>`,
    page.site ? `- Site: ${escapeMarkdown(page.site)}` : null,
    page.byline ? `- By: ${escapeMarkdown(page.byline)}` : null,
    page.published ? `- Published: ${page.published}` : null,
    `- Exported: ${doc.exported}`,
  ].filter((line): line is string => line !== null);
  const notes = readerNotes(doc);
  return [
    `# ${escapeMarkdown(page.title ?? page.url)}`,
    '',
    ...meta,
    '',
    ...section('Officials', officials(doc)),
    ...section('Figures', figures(doc)),
    ...section('Directives', directives(doc)),
    ...(notes.length ? section('Reader notes', notes) : []),
  ].join('\n');
}
