import * as v from 'valibot';
import { ENTITY_FIELD_NAMES } from '../shared/schema/annotation';
import { AUTO_KINDS } from '../shared/schema/kinds';
import type { ImportRecords, SkippedRecord } from './import-parse';
import {
  describeIssue,
  type ImportedAnnotation,
  ImportedAnnotationSchema,
  type ImportedPage,
} from './import-schema';

const BodySchema = v.object({
  type: v.optional(v.string()),
  purpose: v.optional(v.string()),
  value: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
  format: v.optional(v.string()),
});

const W3cItemSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(4_000)),
  type: v.literal('Annotation'),
  motivation: v.optional(v.string()),
  created: v.optional(v.string()),
  modified: v.optional(v.string()),
  body: v.optional(v.pipe(v.array(BodySchema), v.maxLength(100)), []),
  target: v.object({ source: v.string(), selector: v.optional(v.array(v.unknown()), []) }),
});

type W3cItem = v.InferOutput<typeof W3cItemSchema>;

export function isW3cCollection(data: Record<string, unknown>): boolean {
  const first = data.first as { items?: unknown } | undefined;
  return data.type === 'AnnotationCollection' && Array.isArray(first?.items);
}

/** How many items a collection (as `isW3cCollection` accepts it) holds. */
export function w3cItemCount(data: Record<string, unknown>): number {
  return (data.first as { items: unknown[] }).items.length;
}

function time(iso: string | undefined, fallback: number): number {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(ms) && ms >= 0 ? ms : fallback;
}

/** Reads the entity fields back from our "classifying" JSON body; anything else is ignored. */
function entityFields(item: W3cItem): Record<string, unknown> {
  const json = item.body.find((b) => b.purpose === 'classifying' && b.format === 'application/json');
  if (!json?.value) return {};
  try {
    const parsed: unknown = JSON.parse(json.value);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const fields = parsed as Record<string, unknown>;
    return Object.fromEntries(
      ENTITY_FIELD_NAMES.filter((field) => fields[field] !== undefined).map((field) => [
        field,
        fields[field],
      ]),
    );
  } catch {
    return {};
  }
}

/** Our W3C item back as an annotation row (unvalidated). */
function toRow(item: W3cItem, now: number): Record<string, unknown> {
  const tags = item.body.filter((b) => b.purpose === 'tagging' && b.value).map((b) => b.value as string);
  const comment = item.body.find((b) => b.purpose === 'commenting')?.value;
  const autoKind = AUTO_KINDS.find((kind) => tags.includes(kind));
  const kind = autoKind ?? (comment || item.motivation === 'commenting' ? 'note' : 'highlight');
  const selectors = item.target.selector;
  const quote = selectors.find((s) => (s as { type?: unknown }).type === 'TextQuoteSelector') as
    | { exact?: unknown }
    | undefined;
  const position = selectors.find((s) => (s as { type?: unknown }).type === 'TextPositionSelector') as
    | { start?: unknown; end?: unknown }
    | undefined;
  const created = time(item.created, now);
  return {
    ...entityFields(item),
    id: item.id.startsWith('urn:uuid:') ? item.id.slice('urn:uuid:'.length) : item.id,
    url: item.target.source,
    kind,
    origin: autoKind ? 'auto' : 'reader',
    quote: quote?.exact,
    start: position?.start,
    end: position?.end,
    selectors,
    tags,
    entityKey: null,
    ...(comment ? { body: comment } : {}),
    created,
    modified: time(item.modified, created),
  };
}

/** A page record for each annotated address; the collection's label names a single page. */
function pagesOf(annotations: ImportedAnnotation[], label: unknown): ImportedPage[] {
  const byUrl = new Map<string, ImportedPage>();
  for (const a of annotations) {
    const page = byUrl.get(a.url);
    if (page) {
      page.firstSeen = Math.min(page.firstSeen, a.created);
      page.lastSeen = Math.max(page.lastSeen, a.modified);
      continue;
    }
    byUrl.set(a.url, {
      url: a.url,
      canonicalUrl: null,
      title: null,
      site: new URL(a.url).hostname,
      lang: null,
      published: null,
      byline: null,
      firstSeen: a.created,
      lastSeen: a.modified,
    });
  }
  const [only] = byUrl.values();
  if (byUrl.size === 1 && only && typeof label === 'string' && label.startsWith('Newsmark: '))
    only.title = label.slice('Newsmark: '.length).slice(0, 2_000);
  return [...byUrl.values()];
}

/**
 * Maps a W3C AnnotationCollection (as Newsmark writes it) to rows: kind from the tags,
 * entity fields from the classifying body, the note from the commenting body, offsets from
 * the TextPositionSelector. Items it cannot map are skipped with the reason.
 */
export function fromW3cCollection(
  data: Record<string, unknown>,
  now: number,
): Omit<ImportRecords, 'source'> & {
  source: 'w3c';
} {
  const items = (data.first as { items: unknown[] }).items;
  const skipped: SkippedRecord[] = [];
  const annotations: ImportedAnnotation[] = [];
  items.forEach((raw, index) => {
    const where = `items[${index}]`;
    const item = v.safeParse(W3cItemSchema, raw);
    if (!item.success) {
      skipped.push({ where, reason: describeIssue(where, item.issues) });
      return;
    }
    const row = v.safeParse(ImportedAnnotationSchema, toRow(item.output, now));
    if (row.success) annotations.push(row.output);
    else skipped.push({ where, reason: describeIssue(where, row.issues) });
  });
  return { source: 'w3c', pages: pagesOf(annotations, data.label), annotations, skipped };
}
