import { readsAsWritten } from '../shared/figure-display';
import type { ExportAnnotation, ExportDocument } from './model';
import { byKind, formatFigureValue, summariseOfficials } from './summary';

/**
 * Page text is data, not markup: escape what Markdown would read inline as emphasis, code,
 * strikethrough, links, HTML or entities, break what GFM would turn into a link on its own
 * (scheme://, www., user@host), and a leading marker that would start a list, heading or rule.
 * Line breaks fold (each item is one line).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>&~@])/g, '\\$1')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+#](?=\s|$)|[-=]+$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * The page's address as a link only when it is a plain http(s) address (which cannot hold
 * "<", ">" or a space once parsed); anything else, such as a row stored before addresses were
 * checked, is escaped text.
 */
export function markdownUrl(url: string): string {
  try {
    const { protocol, href } = new URL(url);
    if ((protocol === 'http:' || protocol === 'https:') && !/[\s<>]/.test(href)) return `<${href}>`;
  } catch {}
  return escapeMarkdown(url);
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
    // "90 days → 90 days" says nothing: the value follows only where it reads differently.
    const same = value !== null && readsAsWritten(value, a.quote);
    return `- ${escapeMarkdown(a.quote)}${value && !same ? ` → ${escapeMarkdown(value)}` : ''}`;
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
    `- URL: ${markdownUrl(page.url)}`,
    page.site ? `- Site: ${escapeMarkdown(page.site)}` : null,
    page.byline ? `- By: ${escapeMarkdown(page.byline)}` : null,
    page.published ? `- Published: ${escapeMarkdown(page.published)}` : null,
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
