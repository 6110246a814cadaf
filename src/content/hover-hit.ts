import type { Annotation } from '../engine/types';
import { figureValueText, readsAsWritten } from '../shared/figure-display';

/** A translated string by locale key, with substitutions. */
export type Translate = (key: string, substitution?: string) => string;

/**
 * The annotations whose text holds the caret offset `at` (either edge counts: a pointer over a
 * letter puts the caret before or after it), shortest first: an official or a figure inside a
 * directive's sentence wins over the sentence.
 */
export function annotationsAt(annotations: readonly Annotation[], at: number): Annotation[] {
  const found: Annotation[] = [];
  for (const annotation of annotations) {
    if (annotation.start <= at && at <= annotation.end) found.push(annotation);
  }
  return found.sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** Whether a viewport point lies in one of the boxes (the line boxes of a painted range). */
export function pointInBoxes(
  boxes: Iterable<DOMRectReadOnly>,
  x: number,
  y: number,
  slack = 1,
): DOMRectReadOnly | null {
  for (const box of boxes) {
    if (x >= box.left - slack && x <= box.right + slack && y >= box.top - slack && y <= box.bottom + slack)
      return box;
  }
  return null;
}

export interface CardContent {
  heading: string;
  /** The main line: the name, the figure's value, the issuer. */
  main: string;
  /** Further lines: titles, the figure as written. */
  details: string[];
}

/** What the card says about an automatic highlight: plain text, set with textContent; numbers and days in `language`. */
export function cardContent(annotation: Annotation, t: Translate, language = 'en'): CardContent {
  switch (annotation.kind) {
    case 'official':
      return { heading: t('cardOfficial'), main: annotation.name, details: annotation.titles };
    case 'figure': {
      const value = figureValueText(annotation.value, annotation.unit, language, annotation.valueTo);
      return {
        heading: t('cardFigure'),
        main: value || t('cardNoValue'),
        details: readsAsWritten(value, annotation.text) ? [] : [annotation.text],
      };
    }
    case 'directive':
      return {
        heading: t('cardDirective'),
        main: annotation.issuer ? t('issuedBy', annotation.issuer) : t('issuerUnknown'),
        details: [],
      };
  }
}
