import { browser } from '../shared/browser-api';
import type { NoteWantedMessage, OpenPanelMessage, OpenPanelReply } from '../shared/messages';
import type { ReaderColour, ReaderKind } from '../shared/records';
import { selectedRange, spanForRange } from './reader-selection';
import type { ReaderSession } from './reader-session';
import { ReaderToolbar } from './toolbar';
import { translate } from './translate';

const SETTLE_MS = 250;

const REFUSAL_KEYS = {
  'no-selection': 'readerNoSelection',
  'not-article': 'readerNotArticle',
  'outside-article': 'readerOutsideArticle',
} as const;

/**
 * Asks the background to open the side panel. Sent at once, inside the click, because the
 * browser lets the background open it only while the click counts as a user gesture.
 */
function askToOpen(): Promise<OpenPanelReply | undefined> {
  const message: OpenPanelMessage = { type: 'content/open-panel' };
  return (browser.runtime.sendMessage(message) as Promise<OpenPanelReply | undefined>).catch(() => undefined);
}

function sameRange(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(a.START_TO_START, b) === 0 && a.compareBoundaryPoints(a.END_TO_END, b) === 0;
}

/**
 * The reader's ways to annotate: the toolbar that appears when article text is selected, and
 * the context-menu items and keyboard commands that the background forwards (`command`).
 */
export class SelectionUi {
  private bar: ReaderToolbar | null = null;
  /** The selection the toolbar was opened for; a live Range follows page edits. */
  private target: Range | null = null;
  private pointerDown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private colour: ReaderColour = 'yellow';

  constructor(
    private readonly doc: Document,
    private readonly session: ReaderSession,
  ) {}

  /**
   * The toolbar, built the first time it is shown: building it reads its translated labels,
   * and the first translation loads the extension's strings, too slow for the script's start.
   */
  private get toolbar(): ReaderToolbar {
    this.bar ??= new ReaderToolbar(this.doc, (key) => translate(key), {
      highlight: (colour) => this.save(colour),
      note: () => this.note(askToOpen()),
      dismissed: () => this.close(),
    });
    return this.bar;
  }

  /** Starts listening; the listeners are cheap and only act on the reader's own selections. */
  listen(): void {
    this.doc.addEventListener('selectionchange', () => this.settleSoon());
    this.doc.addEventListener('pointerdown', (event) => {
      if (!this.bar || event.target !== this.bar.host) this.pointerDown = true;
    });
    this.doc.addEventListener('pointerup', () => {
      this.pointerDown = false;
      this.settleSoon();
    });
  }

  private settleSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  /** Once the selection stops changing: offer the toolbar for article text, hide it otherwise. */
  private settle(): void {
    if (this.pointerDown) return;
    const range = selectedRange(this.doc.getSelection());
    const result = spanForRange(this.session.articleModel, range);
    if (!range || !result.ok) {
      if (this.bar?.shown && this.target) this.close();
      return;
    }
    // The same selection again (the click on the toolbar ends with a pointerup): keep its target.
    if (!this.target || !sameRange(this.target, range)) this.target = range.cloneRange();
    this.toolbar.showFor(range.getBoundingClientRect());
  }

  /** A context-menu item or keyboard command for the current selection. */
  command(action: ReaderKind, colour?: ReaderColour): void {
    const range = selectedRange(this.doc.getSelection());
    const result = spanForRange(this.session.articleModel, range);
    if (!result.ok) {
      this.toolbar.showMessage(
        translate(REFUSAL_KEYS[result.reason]),
        range?.getBoundingClientRect() ?? null,
      );
      return;
    }
    this.target = range!.cloneRange();
    // For "Add note" the background has already opened the side panel (the command was the gesture).
    if (action === 'note') this.note(null);
    else this.save(colour ?? this.colour);
  }

  /**
   * "Note": highlights the selection, then names the new highlight to the side panel (or a
   * popup opened later), which opens its note editor. `opening` is the background's answer to
   * the request to open the panel; when nothing opened, the toolbar says where to write.
   */
  private note(opening: Promise<OpenPanelReply | undefined> | null): void {
    const rect = this.target?.getBoundingClientRect() ?? null;
    this.save(this.colour, (id) => {
      const url = this.session.pageUrl;
      if (!url) return;
      this.session.wantNote(id);
      const wanted: NoteWantedMessage = { type: 'content/note-wanted', url, id };
      browser.runtime.sendMessage(wanted).catch(() => {
        // No panel or popup open yet: one that opens asks this page (panel/which-page).
      });
      opening?.then((reply) => {
        if (!reply?.opened) this.toolbar.showMessage(translate('readerNoteOpenPanel'), rect);
      });
    });
  }

  private save(colour: ReaderColour, saved?: (id: string) => void): void {
    const target = this.target;
    const rect = target?.getBoundingClientRect() ?? null;
    this.colour = colour;
    this.session
      .create(colour, target)
      .then((outcome) => {
        if (outcome.ok) {
          saved?.(outcome.id);
          // The reader may have selected something else meanwhile: leave that alone.
          if (this.target !== target) return;
          this.close();
          // Let the new highlight show instead of the selection's own colour.
          const selection = this.doc.getSelection();
          const current = selectedRange(selection);
          if (current && target && sameRange(current, target)) selection?.removeAllRanges();
          return;
        }
        if (outcome.reason === 'save-failed') {
          this.toolbar.showMessage(translate('readerSaveFailed', outcome.error ?? ''), rect);
          return;
        }
        this.toolbar.showMessage(translate(REFUSAL_KEYS[outcome.reason]), rect);
      })
      .catch((error: unknown) => console.warn('Newsmark:', error));
  }

  private close(): void {
    this.target = null;
    this.bar?.hide();
  }
}
