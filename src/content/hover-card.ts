import { domToOffset } from '../engine/text/dom-to-offset';
import { rangeForOffsets } from '../engine/text/offset-to-dom';
import type { Annotation, TextModel } from '../engine/types';
import { annotationsAt, cardContent, pointInBoxes, type Translate } from './hover-hit';
import { overlayHost, placeOverlay } from './overlay-host';
import { CARD_STYLE, CARD_THEMES, styleElement } from './toolbar-style';

/** The automatic highlights as painted now (switched-off categories left out), or null. */
export type PaintedSource = () => { model: TextModel; annotations: readonly Annotation[] } | null;

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

const GAP_PX = 6;
const KEEP_MS = 1_500;

/** The card's elements, in a closed shadow root under `host`. */
interface CardParts {
  host: HTMLElement;
  box: HTMLElement;
  heading: HTMLElement;
  main: HTMLElement;
  details: HTMLElement;
}

/**
 * A small card over an automatic highlight under the pointer (or the keyboard caret): the
 * official's name and titles, the figure's value and unit, the directive's issuer. The CSS
 * Highlight API has no events, so the pointer is hit-tested against the painted ranges: at
 * most once per animation frame, and only after it moved (a still pointer costs nothing).
 */
export class HoverCard {
  private parts: CardParts | null = null;
  private pointer: { x: number; y: number } | null = null;
  private tested: { x: number; y: number } | null = null;
  private frame = 0;
  private caretFrame = 0;
  private current: Annotation | null = null;
  /** A card shown for an item revealed from the panel stays through the scroll that brings it into view. */
  private keepUntil = 0;

  constructor(
    private readonly doc: Document,
    private readonly painted: PaintedSource,
    private readonly t: Translate,
    /** The browser's UI language: the card writes numbers and days as the popup does. */
    private readonly language = 'en',
  ) {}

  /** The card's host element, built on first use (most pages never show a card). */
  get host(): HTMLElement {
    return this.built().host;
  }

  /**
   * Builds the card's elements the first time it is shown, not when the script starts: every
   * page pays for the start, and few readers hover a highlight on most of them.
   */
  private built(): CardParts {
    if (this.parts) return this.parts;
    const { host, root } = overlayHost(this.doc, 'newsmark-card');
    // Never in the pointer's way: the page under the card stays clickable and selectable.
    host.style.setProperty('pointer-events', 'none', 'important');
    const box = this.element(CARD_STYLE);
    box.setAttribute('role', 'tooltip');
    const heading = this.element({ 'font-size': '11px', 'text-transform': 'uppercase', opacity: '0.75' });
    const main = this.element({ 'font-weight': '600' });
    const details = this.element({});
    box.append(heading, main, details);
    root.append(box);
    this.parts = { host, box, heading, main, details };
    return this.parts;
  }

  get shown(): Annotation | null {
    return this.current;
  }

  listen(): void {
    const view = this.doc.defaultView;
    this.doc.addEventListener(
      'pointermove',
      (event) => {
        if (event.pointerType === 'touch') return;
        this.pointer = { x: event.clientX, y: event.clientY };
        if (!this.frame) this.frame = view?.requestAnimationFrame(() => this.testPointer()) ?? 0;
      },
      { passive: true },
    );
    // The text under a still pointer moves when the page scrolls: hide until the pointer moves.
    view?.addEventListener(
      'scroll',
      () => {
        if (Date.now() > this.keepUntil) this.hide();
      },
      { passive: true, capture: true },
    );
    this.doc.addEventListener('selectionchange', () => {
      if (!this.caretFrame) this.caretFrame = view?.requestAnimationFrame(() => this.testCaret()) ?? 0;
    });
    this.doc.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
  }

  /** Shows the card for the painted annotation at exactly `range` (an item revealed from the panel). */
  showForRange(range: Range): void {
    const painted = this.painted();
    if (!painted) return;
    const start = domToOffset(painted.model, range.startContainer, range.startOffset, 'start');
    const annotation = painted.annotations.find((a) => a.start === start);
    if (!annotation) return;
    this.keepUntil = Date.now() + KEEP_MS;
    // Placed in page coordinates, so it moves with the text while the window scrolls there.
    this.show(annotation, range.getClientRects()[0] ?? range.getBoundingClientRect());
  }

  hide(): void {
    this.current = null;
    this.parts?.host.remove();
  }

  private testPointer(): void {
    this.frame = 0;
    const point = this.pointer;
    if (!point || (this.tested && this.tested.x === point.x && this.tested.y === point.y)) return;
    this.tested = point;
    const hit = this.hitAt(point.x, point.y);
    if (!hit) this.hide();
    else if (hit.annotation !== this.current) this.show(hit.annotation, hit.box);
  }

  /** A collapsed selection (the keyboard caret) inside an automatic highlight shows its card too. */
  private testCaret(): void {
    this.caretFrame = 0;
    const selection = this.doc.getSelection();
    const painted = this.painted();
    if (!painted || !selection?.isCollapsed || !selection.focusNode) return;
    const at = domToOffset(painted.model, selection.focusNode, selection.focusOffset);
    if (at === null) return;
    const [annotation] = annotationsAt(painted.annotations, at).filter((a) => a.start < at && at < a.end);
    const range = annotation && rangeForOffsets(painted.model, annotation.start, annotation.end);
    if (annotation && range)
      this.show(annotation, range.getClientRects()[0] ?? range.getBoundingClientRect());
    else this.hide();
  }

  private hitAt(x: number, y: number): { annotation: Annotation; box: DOMRectReadOnly } | null {
    const painted = this.painted();
    if (!painted) return null;
    const caret = caretAt(this.doc as CaretDocument, x, y);
    if (!caret) return null;
    const at = domToOffset(painted.model, caret.node, caret.offset);
    if (at === null) return null;
    for (const annotation of annotationsAt(painted.annotations, at)) {
      const range = rangeForOffsets(painted.model, annotation.start, annotation.end);
      const box = range && pointInBoxes(range.getClientRects(), x, y);
      if (box) return { annotation, box };
    }
    return null;
  }

  private show(annotation: Annotation, line: DOMRectReadOnly): void {
    const content = cardContent(annotation, this.t, this.language);
    const { host, box, heading, main, details } = this.built();
    heading.textContent = content.heading;
    main.textContent = content.main;
    details.textContent = content.details.join('; ');
    details.style.setProperty('display', content.details.length ? 'block' : 'none', 'important');
    const dark = this.doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    styleElement(box, CARD_THEMES[dark ? 'dark' : 'light']);
    this.current = annotation;
    const height = this.doc.defaultView?.innerHeight ?? 800;
    // Below the line, or above it near the bottom of the window.
    const below = line.bottom + GAP_PX;
    placeOverlay(host, this.doc, Math.max(4, line.left), below > height - 80 ? line.top - 70 : below);
  }

  private element(styles: Record<string, string>): HTMLElement {
    const el = this.doc.createElement('div');
    styleElement(el, { display: 'block', ...styles });
    return el;
  }
}

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
