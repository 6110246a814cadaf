import { browser } from '../shared/browser-api';
import type { ReaderColour, ReaderKind } from '../shared/records';
import { selectedRange, spanForRange } from './reader-selection';
import type { ReaderSession } from './reader-session';
import { ReaderToolbar } from './toolbar';

const SETTLE_MS = 250;

const REFUSAL_KEYS = {
  'no-selection': 'readerNoSelection',
  'not-article': 'readerNotArticle',
  'outside-article': 'readerOutsideArticle',
} as const;

function translate(key: string, substitution?: string): string {
  return browser.i18n.getMessage(key, substitution === undefined ? undefined : [substitution]) || key;
}

function sameRange(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(a.START_TO_START, b) === 0 && a.compareBoundaryPoints(a.END_TO_END, b) === 0;
}

/**
 * The reader's ways to annotate: the toolbar that appears when article text is selected, and
 * the context-menu items and keyboard commands that the background forwards (`command`).
 */
export class SelectionUi {
  private readonly toolbar: ReaderToolbar;
  /** The selection the toolbar was opened for; a live Range follows page edits. */
  private target: Range | null = null;
  private pointerDown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private colour: ReaderColour = 'yellow';

  constructor(
    private readonly doc: Document,
    private readonly session: ReaderSession,
  ) {
    this.toolbar = new ReaderToolbar(doc, (key) => translate(key), {
      highlight: (colour) => this.save('highlight', colour),
      note: (body) => this.save('note', this.colour, body),
      dismissed: () => this.close(),
    });
  }

  /** Starts listening; the listeners are cheap and only act on the reader's own selections. */
  listen(): void {
    this.doc.addEventListener('selectionchange', () => this.settleSoon());
    this.doc.addEventListener('pointerdown', (event) => {
      if (event.target !== this.toolbar.host) this.pointerDown = true;
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
    if (this.pointerDown || this.toolbar.editing) return;
    const range = selectedRange(this.doc.getSelection());
    const result = spanForRange(this.session.articleModel, range);
    if (!range || !result.ok) {
      if (this.toolbar.shown && this.target) this.close();
      return;
    }
    // The same selection again (the click on the toolbar ends with a pointerup): keep its target.
    if (!this.target || !sameRange(this.target, range)) this.target = range.cloneRange();
    this.toolbar.showFor(range.getBoundingClientRect(), 'colours');
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
    if (action === 'note') this.toolbar.showFor(this.target.getBoundingClientRect(), 'note');
    else this.save('highlight', colour ?? this.colour);
  }

  private save(kind: ReaderKind, colour: ReaderColour, body?: string): void {
    const target = this.target;
    const rect = target?.getBoundingClientRect() ?? null;
    this.colour = colour;
    this.session
      .create(kind, colour, target, body)
      .then((outcome) => {
        if (outcome.ok) {
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
          const text = translate('readerSaveFailed', outcome.error ?? '');
          // A note keeps its editor and text, so nothing typed is lost.
          if (kind === 'note') this.toolbar.showNoteError(text);
          else this.toolbar.showMessage(text, rect);
          return;
        }
        this.toolbar.showMessage(translate(REFUSAL_KEYS[outcome.reason]), rect);
      })
      .catch((error: unknown) => console.warn('Newsmark:', error));
  }

  private close(): void {
    this.target = null;
    this.toolbar.hide();
  }
}
