import { rangeForOffsets } from '../engine/text/offset-to-dom';
import type { Annotation, AnnotationKind, TextModel } from '../engine/types';

/** Highlight names, one per category; highlights.css gives each its colour. */
export const HIGHLIGHT_NAMES: Record<AnnotationKind, string> = {
  official: 'newsmark-official',
  figure: 'newsmark-figure',
  directive: 'newsmark-directive',
};

// A directive is a whole sentence and often holds officials and figures: paint those on top.
const PRIORITY: Record<AnnotationKind, number> = { directive: 0, figure: 1, official: 2 };

/**
 * Paints the annotations with the CSS Custom Highlight API: ranges over the page's own text
 * nodes, no element added or changed. Every category gets a Highlight, empty or not, so the
 * page (and tests) can tell that Newsmark has read it.
 */
export function paintHighlights(model: TextModel, annotations: readonly Annotation[]): number {
  const byKind: Record<AnnotationKind, Range[]> = { official: [], figure: [], directive: [] };
  for (const annotation of annotations) {
    const range = rangeForOffsets(model, annotation.start, annotation.end);
    if (range) byKind[annotation.kind].push(range);
  }
  let painted = 0;
  for (const kind of Object.keys(byKind) as AnnotationKind[]) {
    const highlight = new Highlight(...byKind[kind]);
    highlight.priority = PRIORITY[kind];
    CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    painted += byKind[kind].length;
  }
  return painted;
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}
