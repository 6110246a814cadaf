import * as v from 'valibot';
import { MAX_AUTO_ANNOTATIONS } from '../engine/limits';
import type { Annotation, Lang } from '../engine/types';
import { type PaintSettings, RECORD_PART_SIZE } from './messages-content';
import type { ReaderRow } from './records';
import { type AutoAnnotationInput, AutoAnnotationSchema, ReaderAnnotationSchema } from './schema/annotation';
import { httpUrl, offset } from './schema/fields';
import { type PageInput, PageInputSchema } from './schema/page';
import { RowIdSchema } from './schema/record';

// What a content script builds (the messages it receives): defined apart, see messages-content.ts.
export type {
  PaintSettings,
  PaintSettingsChangedMessage,
  PaintSwitch,
  PanelToContentMessage,
  ReaderAnnotationsChangedMessage,
  ReaderCommandMessage,
  ToContentMessage,
} from './messages-content';
export {
  ANALYZE_PORT,
  PaintSettingsChangedMessageSchema,
  PaintSettingsSchema,
  PanelToContentMessageSchema,
  paintSettingsCoverKinds,
  RECORD_PART_SIZE,
  ReaderAnnotationsChangedMessageSchema,
  ReaderCommandMessageSchema,
  RevealMessageSchema,
  ToContentMessageSchema,
  WhichPageMessageSchema,
} from './messages-content';
export type { ReaderAnnotationInput } from './schema/annotation';
export type { AutoAnnotationInput, PageInput };
export { PageInputSchema };

/**
 * The typed message protocol. Every message names its direction in `type`
 * (`content/...` is sent by a content script) and is checked at runtime by the background.
 */

const MAX_ANNOTATIONS = MAX_AUTO_ANNOTATIONS;

/** Parts of one record at most: MAX_ANNOTATIONS in parts of RECORD_PART_SIZE. */
export const MAX_RECORD_PARTS = Math.ceil(MAX_ANNOTATIONS / RECORD_PART_SIZE);

/** Which part of which record a page-annotated message is: part `index` of `count`, of the record `set`. */
const RecordPartSchema = v.pipe(
  v.object({
    set: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
    count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_RECORD_PARTS)),
  }),
  v.check((part) => part.index < part.count, 'a part index must be below the count'),
);

/**
 * One part of what a visit found: every part names the page (so each is checked on its own);
 * the background writes the record once, when its last part has come.
 */
export const PageAnnotatedMessageSchema = v.object({
  type: v.literal('content/page-annotated'),
  page: PageInputSchema,
  part: RecordPartSchema,
  annotations: v.pipe(v.array(AutoAnnotationSchema), v.maxLength(RECORD_PART_SIZE)),
});

/** The reader highlighted (or noted) article text [start, end) on the page `url`. */
export const ReaderAnnotationCreatedMessageSchema = v.object({
  type: v.literal('content/reader-annotation-created'),
  url: httpUrl,
  annotation: ReaderAnnotationSchema,
});

/** The content script asks for the reader's annotations of `url`, to re-anchor and paint them. */
export const ReaderAnnotationsRequestedMessageSchema = v.object({
  type: v.literal('content/reader-annotations-requested'),
  url: httpUrl,
});

const AnchoringResultSchema = v.object({
  id: RowIdSchema,
  start: offset,
  end: offset,
  orphan: v.boolean(),
});

/** Where each of the page's reader annotations was found this time (or that it was not). */
export const ReaderAnchoringMessageSchema = v.object({
  type: v.literal('content/reader-anchoring'),
  url: httpUrl,
  results: v.pipe(v.array(AnchoringResultSchema), v.maxLength(MAX_ANNOTATIONS)),
});

/** The content script asks, once per page load, which categories to paint. */
export const PaintSettingsRequestedMessageSchema = v.object({
  type: v.literal('content/paint-settings-requested'),
});

/**
 * The analysis port: a content script posts its article text to the background, which runs
 * the analyzers (and the language detection, which needs the language packs) off the page's
 * main thread and posts back the annotations and language. Nothing is stored. The text is at
 * most the part the engine analyses (limits.ts), whose first block may be long; `sample` is
 * the start of the whole text, which the language is told from. The port's name, ANALYZE_PORT,
 * is in messages-content.ts.
 */
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

export type PageAnnotatedMessage = v.InferOutput<typeof PageAnnotatedMessageSchema>;
export type ReaderAnnotationCreatedMessage = v.InferOutput<typeof ReaderAnnotationCreatedMessageSchema>;
export type ReaderAnnotationsRequestedMessage = v.InferOutput<typeof ReaderAnnotationsRequestedMessageSchema>;
export type ReaderAnchoringMessage = v.InferOutput<typeof ReaderAnchoringMessageSchema>;
/** Where one reader annotation was found on this visit, or that it was not found. */
export type AnchoringResult = v.InferOutput<typeof AnchoringResultSchema>;
export type PaintSettingsRequestedMessage = v.InferOutput<typeof PaintSettingsRequestedMessageSchema>;
export type IncomingMessage = v.InferOutput<typeof IncomingMessageSchema>;

// --- Side panel and popup <-> a tab's content script (issue 9; handled in content/panel-link.ts,
// background/open-panel.ts and popup/active-page.ts, not by the background's IncomingMessageSchema).

/** The answer to `panel/which-page`: the tab's page key, and a highlight whose note the reader just asked to write. */
export interface WhichPageReply {
  url: string | null;
  editNote: string | null;
}

const annotationId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/**
 * From the in-page toolbar's "Note": `content/open-panel` (sent in the click, so the background
 * may still open the side panel for this user gesture), then `content/note-wanted` naming the
 * new highlight, for an open panel or popup to show its note editor.
 */
export const OpenPanelMessageSchema = v.object({ type: v.literal('content/open-panel') });
export type OpenPanelMessage = v.InferOutput<typeof OpenPanelMessageSchema>;
export const NoteWantedMessageSchema = v.object({
  type: v.literal('content/note-wanted'),
  url: httpUrl,
  id: annotationId,
});
export type NoteWantedMessage = v.InferOutput<typeof NoteWantedMessageSchema>;

/** What the background answers to `content/open-panel`: where the note can be typed, if anywhere. */
export interface OpenPanelReply {
  opened: 'panel' | 'popup' | null;
}

/**
 * A reader annotation as a content script gets it: what it needs to find and paint it again,
 * never the note's text (the page's process has no use for it).
 */
export type ReaderMark = Pick<
  ReaderRow,
  'id' | 'quote' | 'start' | 'end' | 'selectors' | 'colour' | 'orphan'
>;

export type ErrorCode =
  | 'invalid-message'
  | 'forbidden-sender'
  | 'private-window'
  | 'quota-exceeded'
  | 'storage-failed'
  /** A part came for a record the background does not hold (it was restarted, or dropped the set): send it again. */
  | 'incomplete-record';

/** A named failure: the sender can show or log it. */
export interface ErrorReply {
  ok: false;
  code: ErrorCode;
  error: string;
}

/** What the background answers each request with when it succeeds: one shape per `type`. */
export interface ReplyMap {
  /**
   * How many automatic rows were stored (0 from a private window); `pending` while parts of
   * the record are still to come (nothing is written before the last).
   */
  'content/page-annotated': { ok: true; stored: number; pending?: true };
  /** The new row's id. */
  'content/reader-annotation-created': { ok: true; stored: 1; id: string };
  'content/reader-annotations-requested': { ok: true; rows: ReaderMark[] };
  /** How many results were recorded (0 from a private window). */
  'content/reader-anchoring': { ok: true; stored: number };
  'content/paint-settings-requested': { ok: true; paint: PaintSettings };
}

export type RequestType = IncomingMessage['type'];
/** The reply to a request of type T: its own success shape, or a named error. */
export type ReplyTo<T extends RequestType> = ReplyMap[T] | ErrorReply;
/** Any reply (what the background's listener hands back). */
export type MessageReply = ReplyTo<RequestType>;
/** The request of type T. */
export type RequestOf<T extends RequestType> = Extract<IncomingMessage, { type: T }>;

/** Sends a request to the background; the reply has the request's own type (undefined when nothing answered). */
export type SendToBackground = <M extends IncomingMessage>(
  message: M,
) => Promise<ReplyTo<M['type']> | undefined>;

export function errorReply(code: ErrorCode, error: string): ErrorReply {
  return { ok: false, code, error };
}
