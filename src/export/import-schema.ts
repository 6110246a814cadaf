import * as v from 'valibot';
import { MAX_TIME_MS } from '../shared/dates';
import { PageInputSchema } from '../shared/messages';
import { pageKey } from '../shared/page-url';

/**
 * What one imported record must look like before it goes near the database. Unknown
 * fields are dropped (valibot's object strips them); every string and list is bounded.
 */
const MAX_TEXT = 20_000;
const shortText = v.pipe(v.string(), v.maxLength(2_000));
const nullableShortText = v.nullable(shortText);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Milliseconds since 1970 that a Date can hold, so every export and the Library can format them. */
const timestamp = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_TIME_MS));
/** An http(s) address, stored under its page key as a visit would store it. */
const pageUrl = v.pipe(
  v.string(),
  v.maxLength(4_000),
  v.url(),
  v.regex(/^https?:/i, 'only http(s) pages'),
  v.transform(pageKey),
);

export const ImportedPageSchema = v.object({
  ...PageInputSchema.entries,
  url: pageUrl,
  firstSeen: timestamp,
  lastSeen: timestamp,
});

const SelectorSchema = v.variant('type', [
  v.object({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
    prefix: shortText,
    suffix: shortText,
  }),
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
]);

const KIND_ORIGIN: Record<string, 'auto' | 'reader'> = {
  official: 'auto',
  figure: 'auto',
  directive: 'auto',
  highlight: 'reader',
  note: 'reader',
};

export const ImportedAnnotationSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    url: pageUrl,
    kind: v.picklist(['official', 'figure', 'directive', 'highlight', 'note']),
    origin: v.picklist(['auto', 'reader']),
    quote: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
    start: offset,
    end: offset,
    selectors: v.pipe(v.array(SelectorSchema), v.maxLength(4)),
    tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50)),
    entityKey: nullableShortText,
    name: v.optional(shortText),
    titles: v.optional(v.pipe(v.array(shortText), v.maxLength(50))),
    figureType: v.optional(v.picklist(['money', 'percent', 'ratio', 'quantity', 'date', 'time', 'number'])),
    value: v.optional(v.nullable(v.union([v.pipe(v.number(), v.finite()), shortText]))),
    unit: v.optional(nullableShortText),
    issuer: v.optional(nullableShortText),
    body: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
    colour: v.optional(v.picklist(['yellow', 'green', 'blue', 'pink', 'purple'])),
    orphan: v.optional(v.boolean()),
    created: timestamp,
    modified: timestamp,
  }),
  v.check((a) => a.end >= a.start, 'an annotation cannot end before it starts'),
  v.check((a) => KIND_ORIGIN[a.kind] === a.origin, 'kind and origin do not agree'),
);

export type ImportedPage = v.InferOutput<typeof ImportedPageSchema>;
export type ImportedAnnotation = v.InferOutput<typeof ImportedAnnotationSchema>;

/** "annotations[3].start: Invalid type…": the first problem of a record, for the summary. */
export function describeIssue(where: string, issues: readonly v.BaseIssue<unknown>[]): string {
  const [issue] = issues;
  if (!issue) return `${where}: invalid`;
  const path = v.getDotPath(issue);
  return `${where}${path ? `.${path}` : ''}: ${issue.message}`;
}
