import { rangeForOffsets } from '../engine/text/offset-to-dom';
import type { Annotation, AnnotationKind, TextModel } from '../engine/types';
import { runToEnd } from './yielding';

/** Highlight names, one per category; highlights.css gives each its colour. */
export const HIGHLIGHT_NAMES: Record<AnnotationKind, string> = {
  official: 'newsmark-official',
  figure: 'newsmark-figure',
  directive: 'newsmark-directive',
};

// A directive is a whole sentence and often holds officials and figures: paint those on top.
const PRIORITY: Record<AnnotationKind, number> = { directive: 0, figure: 1, official: 2 };

/** Annotations mapped onto the page between two chances to pause. */
const STEP = 100;

/** An annotation's live DOM range, ready to paint. */
export interface PaintRange {
  kind: AnnotationKind;
  range: Range;
}

/** The annotations' ranges over the page's text nodes, in pausable steps; unmappable ones are left out. */
export function* rangeSteps(
  model: TextModel,
  annotations: readonly Annotation[],
): Generator<void, PaintRange[]> {
  const out: PaintRange[] = [];
  for (let i = 0; i < annotations.length; i++) {
    const annotation = annotations[i]!;
    const range = rangeForOffsets(model, annotation.start, annotation.end);
    if (range) out.push({ kind: annotation.kind, range });
    if (i % STEP === STEP - 1) yield;
  }
  return out;
}

/**
 * Paints ranges with the CSS Custom Highlight API: no element added or changed. Every category
 * gets a Highlight, empty or not, so the page (and tests) can tell that Newsmark has read it.
 */
export function setHighlights(ranges: readonly PaintRange[]): number {
  const byKind: Record<AnnotationKind, Range[]> = { official: [], figure: [], directive: [] };
  for (const { kind, range } of ranges) byKind[kind].push(range);
  for (const kind of Object.keys(byKind) as AnnotationKind[]) {
    const highlight = new Highlight();
    for (const range of byKind[kind]) highlight.add(range);
    highlight.priority = PRIORITY[kind];
    CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
  }
  return ranges.length;
}

/** Paints the annotations at once; returns the number of ranges painted. */
export function paintHighlights(model: TextModel, annotations: readonly Annotation[]): number {
  return setHighlights(runToEnd(rangeSteps(model, annotations)));
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}
