import { READER_COLOURS, type ReaderColour } from '../shared/records';
import {
  HOST_STYLE,
  MESSAGE_STYLE,
  PANEL_STYLE,
  ROW_STYLE,
  SWATCH_COLOURS,
  SWATCH_STYLE,
  styleElement,
  TEXT_BUTTON_STYLE,
  TEXTAREA_STYLE,
} from './toolbar-style';

export interface ToolbarActions {
  highlight(colour: ReaderColour): void;
  note(body: string): void;
  /** The reader dismissed the toolbar (Escape, Cancel). */
  dismissed(): void;
}

/** A translated string by locale key. */
export type Translate = (key: string) => string;

const MESSAGE_MS = 4_000;
const GAP_PX = 8;

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The small toolbar shown near a selection: five colours and "Note", a note editor, and short
 * messages. It lives in a closed shadow root on a host element that is appended to
 * <html> only while shown, so the page's scripts and styles cannot reach into it and the page
 * is untouched the rest of the time. Built with createElement/textContent only.
 */
export class ReaderToolbar {
  readonly host: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly colours: HTMLElement;
  private readonly editor: HTMLElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly message: HTMLElement;
  private messageTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    t: Translate,
    private readonly actions: ToolbarActions,
  ) {
    this.host = doc.createElement('newsmark-toolbar');
    styleElement(this.host, HOST_STYLE);
    const root = this.host.attachShadow({ mode: 'closed' });
    this.panel = this.element('div', PANEL_STYLE);
    this.panel.setAttribute('role', 'toolbar');
    this.panel.setAttribute('aria-label', t('readerToolbarLabel'));
    this.colours = this.element('div', ROW_STYLE);
    for (const colour of READER_COLOURS) {
      const swatch = this.button(t(`readerColour${capitalised(colour)}`), SWATCH_STYLE, () =>
        this.actions.highlight(colour),
      );
      swatch.style.setProperty('background', SWATCH_COLOURS[colour] ?? colour, 'important');
      swatch.dataset.colour = colour;
      this.colours.append(swatch);
    }
    const noteButton = this.button(t('readerNoteButton'), TEXT_BUTTON_STYLE, () => this.openEditor());
    noteButton.textContent = t('readerNoteButton');
    noteButton.dataset.action = 'note';
    this.colours.append(noteButton);
    this.textarea = doc.createElement('textarea');
    styleElement(this.textarea, TEXTAREA_STYLE);
    this.textarea.placeholder = t('readerNotePlaceholder');
    this.textarea.setAttribute('aria-label', t('readerNotePlaceholder'));
    this.textarea.maxLength = 10_000;
    this.editor = this.element('div', { ...ROW_STYLE, 'flex-direction': 'column', 'align-items': 'stretch' });
    const editorButtons = this.element('div', { ...ROW_STYLE, 'justify-content': 'flex-end' });
    const save = this.button(t('readerNoteSave'), TEXT_BUTTON_STYLE, () => this.saveNote());
    save.textContent = t('readerNoteSave');
    save.dataset.action = 'save';
    const cancel = this.button(t('readerNoteCancel'), TEXT_BUTTON_STYLE, () => this.actions.dismissed());
    cancel.textContent = t('readerNoteCancel');
    editorButtons.append(cancel, save);
    this.editor.append(this.textarea, editorButtons);
    this.message = this.element('div', MESSAGE_STYLE);
    this.message.setAttribute('role', 'status');
    this.panel.append(this.colours, this.editor, this.message);
    root.append(this.panel);
    this.keepEventsInside();
  }

  get shown(): boolean {
    return this.host.isConnected;
  }

  /** True while the reader is writing a note: selection changes must not close it. */
  get editing(): boolean {
    return this.shown && this.editor.style.display !== 'none';
  }

  /** Shows the colours (or, for 'note', the editor) below `rect`, the selection's box in the viewport. */
  showFor(rect: DOMRect, mode: 'colours' | 'note'): void {
    this.clearMessage();
    this.setVisible(this.colours, mode === 'colours');
    this.setVisible(this.editor, mode === 'note');
    this.setVisible(this.message, false);
    if (mode === 'note') this.textarea.value = '';
    this.attachAt(rect);
    if (mode === 'note') this.textarea.focus();
  }

  /** Shows a short message (a refusal, "Saved") near `rect`, then hides itself. */
  showMessage(text: string, rect: DOMRect | null): void {
    this.setVisible(this.colours, false);
    this.setVisible(this.editor, false);
    this.message.textContent = text;
    this.setVisible(this.message, true);
    this.attachAt(rect);
    clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => this.hide(), MESSAGE_MS);
  }

  /**
   * A note could not be saved: the editor stays open with what the reader typed, and says
   * why until the reader saves again or dismisses it.
   */
  showNoteError(text: string): void {
    this.clearMessage();
    this.setVisible(this.colours, false);
    this.setVisible(this.editor, true);
    this.message.textContent = text;
    this.setVisible(this.message, true);
    if (!this.host.isConnected) this.attachAt(null);
    this.textarea.focus();
  }

  hide(): void {
    this.clearMessage();
    this.host.remove();
  }

  private openEditor(): void {
    this.setVisible(this.colours, false);
    this.setVisible(this.editor, true);
    this.textarea.value = '';
    this.textarea.focus();
  }

  private saveNote(): void {
    const body = this.textarea.value.trim();
    if (body) this.actions.note(body);
    else this.textarea.focus();
  }

  private clearMessage(): void {
    clearTimeout(this.messageTimer);
    this.messageTimer = undefined;
  }

  private attachAt(rect: DOMRect | null): void {
    const view = this.doc.defaultView;
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    const width = view?.innerWidth ?? 800;
    const left = rect ? Math.min(Math.max(4, rect.left), Math.max(4, width - 320)) : width / 2 - 140;
    const top = rect ? rect.bottom + GAP_PX : GAP_PX * 2;
    this.host.style.setProperty('left', `${Math.round(left + scrollX)}px`, 'important');
    this.host.style.setProperty('top', `${Math.round(top + scrollY)}px`, 'important');
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  /**
   * Keeps the page's selection when a button is pressed, and keeps typing in the note from
   * reaching the page's own keyboard shortcuts.
   */
  private keepEventsInside(): void {
    this.panel.addEventListener('mousedown', (event) => {
      if (event.target !== this.textarea) event.preventDefault();
    });
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      this.panel.addEventListener(type, (event) => {
        event.stopPropagation();
        if (type === 'keydown' && (event as KeyboardEvent).key === 'Escape') this.actions.dismissed();
        if (
          type === 'keydown' &&
          (event as KeyboardEvent).key === 'Enter' &&
          (event as KeyboardEvent).ctrlKey
        )
          this.saveNote();
      });
    }
  }

  private element(tag: 'div', styles: Record<string, string>): HTMLElement {
    const el = this.doc.createElement(tag);
    styleElement(el, styles);
    return el;
  }

  private button(label: string, styles: Record<string, string>, onClick: () => void): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.title = label;
    button.setAttribute('aria-label', label);
    styleElement(button, styles);
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      onClick();
    });
    return button;
  }

  private setVisible(el: HTMLElement, visible: boolean): void {
    el.style.setProperty('display', visible ? 'flex' : 'none', 'important');
  }
}
