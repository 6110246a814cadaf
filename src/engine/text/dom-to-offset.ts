import type { TextModel, TextSegment } from '../types';

/**
 * Where DOM point (node, offset) lies against point (otherNode, otherOffset) in document
 * order: -1 before, 0 same, 1 after. Null when they are in different trees.
 */
function comparePoints(node: Node, offset: number, otherNode: Node, otherOffset: number): number | null {
  const doc = otherNode.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(otherNode, otherOffset);
  try {
    return range.comparePoint(node, offset);
  } catch {
    return null;
  }
}

/** Index of the first segment whose DOM end lies after the point (segments are in document order). */
function firstSegmentEndingAfter(
  segments: readonly TextSegment[],
  node: Node,
  offset: number,
): number | null {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const segment = segments[mid]!;
    const order = comparePoints(node, offset, segment.node, segment.nodeEnd);
    if (order === null) return null;
    if (order >= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Maps a DOM point (as a Selection or Range gives it: a Text node and a character offset, or
 * an element and a child index) to an offset in the article text. A point between article
 * characters (folded white space, outside the article, between blocks) snaps forward for a
 * 'start' and backward for an 'end', so a range never grows past what was selected; a point
 * before or after the whole article snaps to its edges. Null when the model has no text or
 * the point is in another document.
 */
export function domToOffset(
  model: TextModel,
  node: Node,
  offset: number,
  side: 'start' | 'end' = 'start',
): number | null {
  const { segments } = model;
  if (segments.length === 0) return null;
  const index = firstSegmentEndingAfter(segments, node, offset);
  if (index === null) return null;
  const segment = segments[index];
  const previous = segments[index - 1];
  if (!segment) return previous ? previous.end : null;
  const fromStart = comparePoints(node, offset, segment.node, segment.nodeStart);
  if (fromStart !== null && fromStart >= 0 && node === segment.node) {
    const exact = segment.end - segment.start === segment.nodeEnd - segment.nodeStart;
    if (exact) return segment.start + (offset - segment.nodeStart);
    // Inside a re-composed letter: its parts cannot be told apart, so take all of it.
    return side === 'start' ? segment.start : segment.end;
  }
  // In a gap before this segment.
  if (side === 'start' || !previous) return segment.start;
  return previous.end;
}

/**
 * The article text [start, end) that a DOM Range covers, with white space at either edge left
 * out; null when the range holds no article text (it lies outside the article or in a gap).
 */
export function rangeToOffsets(
  model: TextModel,
  range: AbstractRange,
): { start: number; end: number } | null {
  let start = domToOffset(model, range.startContainer, range.startOffset, 'start');
  let end = domToOffset(model, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  const { text } = model;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end } : null;
}
