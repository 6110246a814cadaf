import { rangeForOffsets } from '../engine/text/offset-to-dom';
import type { TextModel } from '../engine/types';
import { READER_COLOURS, type ReaderColour } from '../shared/records';
import type { PlacedReaderAnnotation } from './reader-anchor';

/** The highlight name for a reader colour; highlights.css styles each. */
export function readerHighlightName(colour: ReaderColour): string {
  return `newsmark-reader-${colour}`;
}

// Above the automatic categories (0-2): the reader's own marks win where they overlap.
const READER_PRIORITY = 10;

function isReaderColour(colour: string): colour is ReaderColour {
  return (READER_COLOURS as readonly string[]).includes(colour);
}

/**
 * Paints reader highlights, one Highlight per colour (an unknown colour paints yellow). Every
 * colour is set, empty or not, so a repaint also clears marks that are gone.
 */
export function paintReaderHighlights(model: TextModel, placed: readonly PlacedReaderAnnotation[]): number {
  const byColour = new Map<ReaderColour, Range[]>(READER_COLOURS.map((c) => [c, []]));
  let painted = 0;
  for (const annotation of placed) {
    const range = rangeForOffsets(model, annotation.start, annotation.end);
    if (!range) continue;
    byColour.get(isReaderColour(annotation.colour) ? annotation.colour : 'yellow')!.push(range);
    painted += 1;
  }
  for (const [colour, ranges] of byColour) {
    const highlight = new Highlight(...ranges);
    highlight.priority = READER_PRIORITY;
    CSS.highlights.set(readerHighlightName(colour), highlight);
  }
  return painted;
}

/** Removes every reader highlight (the page stopped being an article). */
export function clearReaderHighlights(): void {
  for (const colour of READER_COLOURS) CSS.highlights.delete(readerHighlightName(colour));
}
