import type { TextModel, TextSegment } from '../types';

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Index of the first segment whose end is greater than `offset` (segments are sorted and disjoint). */
function firstSegmentEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (segments[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function pointInside(segment: TextSegment, offset: number, side: 'start' | 'end'): DomPoint {
  const exact = segment.end - segment.start === segment.nodeEnd - segment.nodeStart;
  if (exact) return { node: segment.node, offset: segment.nodeStart + (offset - segment.start) };
  // A re-composed letter: its parts cannot be told apart, so snap to its edges.
  return { node: segment.node, offset: side === 'start' ? segment.nodeStart : segment.nodeEnd };
}

/**
 * Maps a text offset to a DOM point. Offsets that fall between page characters (a folded
 * space, a block separator) snap forward for a start and backward for an end, so a range
 * never grows past the text it stands for.
 */
export function offsetToDom(model: TextModel, offset: number, side: 'start' | 'end'): DomPoint | null {
  const { segments } = model;
  if (segments.length === 0) return null;
  if (side === 'start') {
    const index = firstSegmentEndingAfter(segments, offset);
    const segment = segments[index];
    if (!segment) return null;
    return offset >= segment.start
      ? pointInside(segment, offset, side)
      : { node: segment.node, offset: segment.nodeStart };
  }
  const index = firstSegmentEndingAfter(segments, offset - 1);
  const segment = segments[index];
  if (segment && offset > segment.start) return pointInside(segment, offset, side);
  const previous = segments[index - 1];
  return previous ? { node: previous.node, offset: previous.nodeEnd } : null;
}

/** A live DOM Range for article text [start, end), or null when it maps to no page text. */
export function rangeForOffsets(model: TextModel, start: number, end: number): Range | null {
  const from = offsetToDom(model, start, 'start');
  const to = offsetToDom(model, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}
