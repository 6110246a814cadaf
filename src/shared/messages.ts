import * as v from 'valibot';
import { MAX_AUTO_ANNOTATIONS } from '../engine/limits';
import type { Annotation, Lang } from '../engine/types';
import { httpPageKey } from './page-url';
import { type AnnotationRow, type AutoKind, READER_COLOURS } from './records';

/**
 * The typed message protocol. Every message names its direction in `type`
 * (`content/...` is sent by a content script) and is checked at runtime by the background.
 */

const MAX_TEXT = 20_000;
const MAX_ANNOTATIONS = MAX_AUTO_ANNOTATIONS;
const MAX_NOTE = 10_000;

const shortText = v.pipe(v.string(), v.maxLength(2_000));
const nullableShortText = v.nullable(shortText);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  prefix: shortText,
  suffix: shortText,
});

const TextPositionSelectorSchema = v.object({
  type: v.literal('TextPositionSelector'),
  start: offset,
  end: offset,
});

const SelectorsSchema = v.pipe(
  v.array(v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema])),
  v.maxLength(4),
);

const annotationBase = {
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
  start: offset,
  end: offset,
  selectors: SelectorsSchema,
};

const AutoAnnotationSchema = v.pipe(
  v.variant('kind', [
    v.object({
      kind: v.literal('official'),
      ...annotationBase,
      name: shortText,
      titles: v.pipe(v.array(shortText), v.maxLength(50)),
    }),
    v.object({
      kind: v.literal('figure'),
      ...annotationBase,
      figureType: v.picklist(['money', 'percent', 'ratio', 'quantity', 'date', 'time', 'number']),
      value: v.nullable(v.union([v.number(), shortText])),
      unit: nullableShortText,
    }),
    v.object({ kind: v.literal('directive'), ...annotationBase, issuer: nullableShortText }),
  ]),
  v.check((a) => a.end > a.start, 'an annotation must end after it starts'),
);

/** A page as a content script describes it (and as imports carry it, with visit times). */
export const PageInputSchema = v.object({
  url: v.pipe(v.string(), v.url(), v.regex(/^https?:/, 'only http(s) pages are stored'), v.maxLength(4_000)),
  /** Whatever the page claims; kept only as an http(s) page key, so it never links to a script. */
  canonicalUrl: v.pipe(
    v.nullable(v.pipe(v.string(), v.maxLength(4_000))),
    v.transform((href) => (href === null ? null : httpPageKey(href))),
  ),
  title: nullableShortText,
  site: nullableShortText,
  lang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
  published: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  byline: nullableShortText,
});

export const PageAnnotatedMessageSchema = v.object({
  type: v.literal('content/page-annotated'),
  page: PageInputSchema,
  annotations: v.pipe(v.array(AutoAnnotationSchema), v.maxLength(MAX_ANNOTATIONS)),
});

const PageUrlSchema = v.pipe(
  v.string(),
  v.url(),
  v.regex(/^https?:/, 'only http(s) pages are stored'),
  v.maxLength(4_000),
);

const ReaderAnnotationSchema = v.pipe(
  v.object({
    kind: v.picklist(['highlight', 'note']),
    colour: v.picklist(READER_COLOURS),
    ...annotationBase,
    body: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
  }),
  v.check((a) => a.end > a.start, 'an annotation must end after it starts'),
  v.check((a) => a.kind !== 'note' || (a.body ?? '').trim().length > 0, 'a note needs a text'),
);

/** The reader highlighted (or noted) article text [start, end) on the page `url`. */
export const ReaderAnnotationCreatedMessageSchema = v.object({
  type: v.literal('content/reader-annotation-created'),
  url: PageUrlSchema,
  annotation: ReaderAnnotationSchema,
});

/** The content script asks for the reader's annotations of `url`, to re-anchor and paint them. */
export const ReaderAnnotationsRequestedMessageSchema = v.object({
  type: v.literal('content/reader-annotations-requested'),
  url: PageUrlSchema,
});

const AnchoringResultSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  start: offset,
  end: offset,
  orphan: v.boolean(),
});

/** Where each of the page's reader annotations was found this time (or that it was not). */
export const ReaderAnchoringMessageSchema = v.object({
  type: v.literal('content/reader-anchoring'),
  url: PageUrlSchema,
  results: v.pipe(v.array(AnchoringResultSchema), v.maxLength(MAX_ANNOTATIONS)),
});

/**
 * Which automatic categories are painted on pages (the popup's Settings). Only what to paint:
 * every category is still stored.
 */
export const PaintSettingsSchema = v.object({
  official: v.boolean(),
  figure: v.boolean(),
  directive: v.boolean(),
});
export type PaintSettings = Record<AutoKind, boolean>;

/** The content script asks, once per page load, which categories to paint. */
export const PaintSettingsRequestedMessageSchema = v.object({
  type: v.literal('content/paint-settings-requested'),
});

/**
 * The analysis port: a content script posts its article text to the background, which runs
 * the analyzers (and the language detection, which needs the language packs) off the page's
 * main thread and posts back the annotations and language. Nothing is stored. The text is at
 * most the part the engine analyses (limits.ts), whose first block may be long; `sample` is
 * the start of the whole text, which the language is told from.
 */
export const ANALYZE_PORT = 'newsmark/analyze';
const MAX_ANALYZE_CHARS = 4_000_000;
export const AnalyzeTextRequestSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_ANALYZE_CHARS)),
  sample: v.pipe(v.string(), v.maxLength(MAX_ANALYZE_CHARS)),
  declaredLang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
  blocks: v.pipe(
    v.array(v.object({ kind: v.pipe(v.string(), v.maxLength(20)), start: offset, end: offset })),
    v.maxLength(MAX_ANALYZE_CHARS / 2),
  ),
});
export type AnalyzeTextRequest = v.InferOutput<typeof AnalyzeTextRequestSchema>;
/** The background's answer on the analysis port. */
export type AnalyzeTextReply =
  | { ok: true; lang: Lang; annotations: Annotation[]; truncated: boolean }
  | { ok: false; error: string };

/** Every message the background accepts, told apart by `type`. */
export const IncomingMessageSchema = v.variant('type', [
  PageAnnotatedMessageSchema,
  ReaderAnnotationCreatedMessageSchema,
  ReaderAnnotationsRequestedMessageSchema,
  ReaderAnchoringMessageSchema,
  PaintSettingsRequestedMessageSchema,
]);

export type PageInput = v.InferOutput<typeof PageInputSchema>;
export type AutoAnnotationInput = v.InferOutput<typeof AutoAnnotationSchema>;
export type PageAnnotatedMessage = v.InferOutput<typeof PageAnnotatedMessageSchema>;
export type ReaderAnnotationInput = v.InferOutput<typeof ReaderAnnotationSchema>;
export type ReaderAnnotationCreatedMessage = v.InferOutput<typeof ReaderAnnotationCreatedMessageSchema>;
export type ReaderAnnotationsRequestedMessage = v.InferOutput<typeof ReaderAnnotationsRequestedMessageSchema>;
export type ReaderAnchoringMessage = v.InferOutput<typeof ReaderAnchoringMessageSchema>;
export type PaintSettingsRequestedMessage = v.InferOutput<typeof PaintSettingsRequestedMessageSchema>;
export type IncomingMessage = v.InferOutput<typeof IncomingMessageSchema>;

/**
 * What the background sends to a content script: the reader chose "Highlight" or "Add note"
 * from the context menu or a keyboard command, for the current selection.
 */
export const ReaderCommandMessageSchema = v.object({
  type: v.literal('background/reader-command'),
  action: v.picklist(['highlight', 'note']),
  colour: v.optional(v.picklist(READER_COLOURS)),
});
export type ReaderCommandMessage = v.InferOutput<typeof ReaderCommandMessageSchema>;

/**
 * Sent by an extension page (the popup) to the tabs that may show a page whose reader
 * annotations it changed: each page fetches its own again and repaints. It names no page, so
 * a tab showing another page (most tabs' addresses are hidden from the popup) learns nothing
 * of what the reader is reading or editing.
 */
export const ReaderAnnotationsChangedMessageSchema = v.object({
  type: v.literal('popup/reader-annotations-changed'),
});
export type ReaderAnnotationsChangedMessage = v.InferOutput<typeof ReaderAnnotationsChangedMessageSchema>;

/**
 * Sent by the popup to tabs after the reader switched a category on or off: the page repaints
 * its last result with these settings, without running the engine again.
 */
export const PaintSettingsChangedMessageSchema = v.object({
  type: v.literal('popup/paint-settings-changed'),
  paint: PaintSettingsSchema,
});
export type PaintSettingsChangedMessage = v.InferOutput<typeof PaintSettingsChangedMessageSchema>;

/** Every message a content script accepts (only from this extension). */
export const ToContentMessageSchema = v.variant('type', [
  ReaderCommandMessageSchema,
  ReaderAnnotationsChangedMessageSchema,
  PaintSettingsChangedMessageSchema,
]);
export type ToContentMessage = v.InferOutput<typeof ToContentMessageSchema>;

/**
 * A reader annotation as a content script gets it: what it needs to find and paint it again,
 * never the note's text (the page's process has no use for it).
 */
export type ReaderMark = Pick<AnnotationRow, 'id' | 'quote' | 'start' | 'end' | 'selectors'> &
  Partial<Pick<AnnotationRow, 'colour' | 'orphan'>>;

export type ErrorCode =
  | 'invalid-message'
  | 'forbidden-sender'
  | 'private-window'
  | 'quota-exceeded'
  | 'storage-failed';

/**
 * What the background answers: `ok` with a count of stored rows (and the rows or paint
 * settings asked for), or a named error.
 */
export type MessageReply =
  | { ok: true; stored: number; id?: string; rows?: ReaderMark[]; paint?: PaintSettings }
  | { ok: false; code: ErrorCode; error: string };

export function errorReply(code: ErrorCode, error: string): MessageReply {
  return { ok: false, code, error };
}
