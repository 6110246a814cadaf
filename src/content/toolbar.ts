import { READER_COLOURS, type ReaderColour } from '../shared/records';
import { overlayHost, placeOverlay } from './overlay-host';
import {
  MESSAGE_STYLE,
  PANEL_STYLE,
  ROW_STYLE,
  SWATCH_COLOURS,
  SWATCH_STYLE,
  styleElement,
  TEXT_BUTTON_STYLE,
} from './toolbar-style';

export interface ToolbarActions {
  highlight(colour: ReaderColour): void;
  /** "Note": highlight the selection and open the note editor in the side panel or popup. */
  note(): void;
  /** The reader dismissed the toolbar (Escape). */
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
 * The small toolbar shown near a selection: five colours, "Note", and short messages. It has
 * no text field: a page's scripts see keyboard, input, paste and composition events even
 * across a closed shadow root, so notes are typed in the extension's side panel or popup.
 * Built with createElement/textContent only, in a closed shadow root (overlay-host.ts).
 */
export class ReaderToolbar {
  readonly host: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly colours: HTMLElement;
  private readonly message: HTMLElement;
  private messageTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    t: Translate,
    private readonly actions: ToolbarActions,
  ) {
    const { host, root } = overlayHost(doc, 'newsmark-toolbar');
    this.host = host;
    this.panel = this.element(PANEL_STYLE);
    this.panel.setAttribute('role', 'toolbar');
    this.panel.setAttribute('aria-label', t('readerToolbarLabel'));
    this.colours = this.element(ROW_STYLE);
    for (const colour of READER_COLOURS) {
      const swatch = this.button(t(`readerColour${capitalised(colour)}`), SWATCH_STYLE, () =>
        this.actions.highlight(colour),
      );
      swatch.style.setProperty('background', SWATCH_COLOURS[colour] ?? colour, 'important');
      swatch.dataset.colour = colour;
      this.colours.append(swatch);
    }
    const noteButton = this.button(t('readerNoteOpensPanel'), TEXT_BUTTON_STYLE, () => this.actions.note());
    noteButton.textContent = t('readerNoteButton');
    noteButton.dataset.action = 'note';
    this.colours.append(noteButton);
    this.message = this.element(MESSAGE_STYLE);
    this.message.setAttribute('role', 'status');
    this.panel.append(this.colours, this.message);
    root.append(this.panel);
    this.keepEventsInside();
  }

  get shown(): boolean {
    return this.host.isConnected;
  }

  /** Shows the colours and "Note" below `rect`, the selection's box in the viewport. */
  showFor(rect: DOMRect): void {
    this.clearMessage();
    this.setVisible(this.colours, true);
    this.setVisible(this.message, false);
    this.attachAt(rect);
  }

  /** Shows a short message (a refusal, where to write the note) near `rect`, then hides itself. */
  showMessage(text: string, rect: DOMRect | null): void {
    this.setVisible(this.colours, false);
    this.message.textContent = text;
    this.setVisible(this.message, true);
    this.attachAt(rect);
    clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => this.hide(), MESSAGE_MS);
  }

  hide(): void {
    this.clearMessage();
    this.host.remove();
  }

  private clearMessage(): void {
    clearTimeout(this.messageTimer);
    this.messageTimer = undefined;
  }

  private attachAt(rect: DOMRect | null): void {
    const width = this.doc.defaultView?.innerWidth ?? 800;
    const left = rect ? Math.min(Math.max(4, rect.left), Math.max(4, width - 320)) : width / 2 - 140;
    const top = rect ? rect.bottom + GAP_PX : GAP_PX * 2;
    placeOverlay(this.host, this.doc, left, top);
  }

  /** Keeps the page's selection when a button is pressed; Escape dismisses. */
  private keepEventsInside(): void {
    this.panel.addEventListener('mousedown', (event) => event.preventDefault());
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.actions.dismissed();
    });
  }

  private element(styles: Record<string, string>): HTMLElement {
    const el = this.doc.createElement('div');
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
