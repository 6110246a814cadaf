import type { TextModel } from '../engine/types';
import type { ReaderMark } from '../shared/messages';
import type { ReaderColour } from '../shared/records';
import { sendToBackground as send } from '../shared/send-to-background';
import { clearReaderHighlights, paintReaderHighlights } from './paint-reader';
import { anchorReaderRows, changedResults, type PlacedReaderAnnotation } from './reader-anchor';
import { type SpanRefusal, spanForRange } from './reader-selection';

/** How long a panel opened after "Note" still gets the highlight to edit. */
const NOTE_WANTED_MS = 30_000;

export type CreateOutcome =
  | { ok: true; id: string }
  | { ok: false; reason: SpanRefusal | 'save-failed'; error?: string };

/**
 * The reader's annotations on the current page: loads them from the background, finds them
 * in this visit's text, paints them, reports where they were found, and stores new ones.
 * The page never touches the database; everything goes through typed messages.
 */
export class ReaderSession {
  private model: TextModel | null = null;
  private url: string | null = null;
  private rows: ReaderMark[] = [];
  private placed: PlacedReaderAnnotation[] = [];
  /** The reader's "paint my highlights" setting (on until the background answers otherwise). */
  private painting = true;
  /** A highlight whose note the reader asked to write in the side panel, until a panel asks for it. */
  private noteWanted: { id: string; url: string; at: number } | null = null;

  get articleModel(): TextModel | null {
    return this.model;
  }

  /** The page key of the text model (null before the first run). */
  get pageUrl(): string | null {
    return this.url;
  }

  /** Remembers the highlight whose note the reader wants to write, for a panel that opens later. */
  wantNote(id: string): void {
    if (this.url) this.noteWanted = { id, url: this.url, at: Date.now() };
  }

  /**
   * The highlight waiting for its note on this page, if asked for within the last half
   * minute. Not used up: the side panel and a popup (or the app in a tab) may each ask; each
   * opens an editor only once per highlight.
   */
  wantedNote(): string | null {
    const wanted = this.noteWanted;
    if (!wanted || wanted.url !== this.url || Date.now() - wanted.at > NOTE_WANTED_MS) return null;
    return wanted.id;
  }

  /** A new run of the engine: same page (text may have changed) or a new one after an in-page navigation. */
  async load(model: TextModel | null, url: string): Promise<void> {
    const samePage = url === this.url;
    this.model = model;
    this.url = url;
    if (!model) {
      this.placed = [];
      return;
    }
    if (!samePage) {
      this.rows = [];
      const reply = await send({ type: 'content/reader-annotations-requested', url });
      if (reply?.ok) this.rows = reply.rows;
      else if (reply && !reply.ok) console.warn(`Newsmark: ${reply.code}: ${reply.error}`);
      // The page may have moved on (or re-run) while the background answered.
      if (this.url !== url) return;
    }
    const current = this.model;
    if (current) this.anchorAndPaint(current, url);
  }

  /** Fetches this page's reader annotations again (the popup edited or deleted some) and repaints. */
  async reload(): Promise<void> {
    const { url, model } = this;
    if (!url || !model) return;
    this.url = null; // makes load() fetch the rows again
    await this.load(model, url);
  }

  /**
   * The reader's "paint my highlights" switch: off clears them from CSS.highlights (where page
   * scripts could read their text); they stay stored and listed in the panel and popup.
   */
  setPainting(on: boolean): void {
    if (on === this.painting) return;
    this.painting = on;
    if (!on) clearReaderHighlights();
    else if (this.model) paintReaderHighlights(this.model, this.placed);
  }

  private anchorAndPaint(model: TextModel, url: string): void {
    const { placed, results } = anchorReaderRows(model.text, this.rows);
    this.placed = placed;
    if (this.painting) paintReaderHighlights(model, placed);
    const changed = changedResults(this.rows, results);
    if (changed.length === 0) return;
    // Remember the new places so the next run on this page compares against them.
    const byId = new Map(changed.map((r) => [r.id, r]));
    this.rows = this.rows.map((row) => {
      const r = byId.get(row.id);
      return r ? { ...row, start: r.start, end: r.end, orphan: r.orphan } : row;
    });
    send({ type: 'content/reader-anchoring', url, results: changed }).catch((error: unknown) =>
      console.warn('Newsmark:', error),
    );
  }

  /**
   * Stores the reader's highlight on `range` and paints it at once. Notes are never typed in
   * the page (page scripts see keyboard events even through a closed shadow root): a note is
   * written in the side panel or popup, on a highlight made here.
   */
  async create(colour: ReaderColour, range: Range | null): Promise<CreateOutcome> {
    const { model, url } = this;
    const result = spanForRange(model, range);
    if (!result.ok) return result;
    if (!model || !url) return { ok: false, reason: 'not-article' };
    const { span } = result;
    const reply = await send({
      type: 'content/reader-annotation-created',
      url,
      annotation: {
        kind: 'highlight',
        colour,
        text: span.text,
        start: span.start,
        end: span.end,
        selectors: span.selectors,
      },
    });
    if (!reply?.ok) {
      const error = reply && !reply.ok ? reply.error : 'no answer from the extension';
      return { ok: false, reason: 'save-failed', error };
    }
    this.rows.push({
      id: reply.id,
      quote: span.text,
      start: span.start,
      end: span.end,
      selectors: span.selectors,
      colour,
    });
    if (this.model === model) {
      this.placed.push({ id: reply.id, start: span.start, end: span.end, colour });
      if (this.painting) paintReaderHighlights(model, this.placed);
    }
    return { ok: true, id: reply.id };
  }
}
