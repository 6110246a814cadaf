import * as v from 'valibot';
import { httpUrl, offset } from './schema/fields';
import { type AutoKind, READER_COLOURS, READER_KINDS } from './schema/kinds';
import type { Same } from './schema/type-helpers';

/**
 * The part of the message protocol (messages.ts, which re-exports all of it) that a content
 * script builds: the messages it receives, and the constants of those it sends. Apart so that
 * the content script's start builds only these schemas: messages.ts builds every schema the
 * background checks (pages, annotations, records), ~3 ms of CPU in the first task of every page
 * on a busy machine, for messages the page's side only sends and never checks.
 */

/**
 * Automatic annotations per message. A visit's record is sent in parts of at most this many:
 * the page's process serialises each message in one task, and the largest pages' thousands of
 * annotations in one message took 45-74 ms of the page's main thread.
 */
export const RECORD_PART_SIZE = 250;

/**
 * Which automatic categories are painted on pages (the popup's Settings). Only what to paint:
 * every category is still stored.
 */
export const PaintSettingsSchema = v.object({
  official: v.boolean(),
  figure: v.boolean(),
  directive: v.boolean(),
  /**
   * The reader's own highlights. Painted highlights live in CSS.highlights, which the page's
   * scripts can read (texts included); off keeps them in Newsmark's panel and popup only.
   * Missing means on.
   */
  reader: v.optional(v.boolean()),
});
export type PaintSettings = v.InferOutput<typeof PaintSettingsSchema>;
/** One switch per automatic kind: fails to compile if a kind is added without its switch. */
export const paintSettingsCoverKinds: Same<Exclude<keyof PaintSettings, 'reader'>, AutoKind> = true;
/** A switch of the Settings: an automatic kind, or the reader's own highlights. */
export type PaintSwitch = keyof PaintSettings;

/** The name of the analysis port (messages.ts: AnalyzeTextRequestSchema). */
export const ANALYZE_PORT = 'newsmark/analyze';

/**
 * What the background sends to a content script: the reader chose "Highlight" or "Add note"
 * from the context menu or a keyboard command, for the current selection.
 */
export const ReaderCommandMessageSchema = v.object({
  type: v.literal('background/reader-command'),
  action: v.picklist(READER_KINDS),
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

// --- Side panel and popup -> a tab's content script (see messages.ts).

/** The panel or popup asks a tab's content script which page it shows (tab addresses are hidden). */
export const WhichPageMessageSchema = v.object({ type: v.literal('panel/which-page') });

/**
 * Scroll to and flash the article text [start, end) of the page `url`: positions only, never
 * a quote or a note; a tab that shows another page ignores it.
 */
export const RevealMessageSchema = v.pipe(
  v.object({ type: v.literal('panel/reveal'), url: httpUrl, start: offset, end: offset }),
  v.check((m) => m.end > m.start, 'a range must end after it starts'),
);

export const PanelToContentMessageSchema = v.variant('type', [WhichPageMessageSchema, RevealMessageSchema]);
export type PanelToContentMessage = v.InferOutput<typeof PanelToContentMessageSchema>;
