import type { FigureAnnotation, FigureType } from '../../types';

/** How the figure finder writes what it found: one annotation, its unit, a range's upper end. */

const PER_UNIT = /\/(?:[\p{L}]+(?:(?<=m)[23](?![\p{L}\d]))?)(?:\/[\p{L}]+)?/uy;

export function figure(
  text: string,
  start: number,
  end: number,
  figureType: FigureType,
  value: number | string | null,
  unit: string | null,
): FigureAnnotation {
  return { kind: 'figure', text: text.slice(start, end), start, end, figureType, value, unit };
}

/** A unit read per something ("triệu đồng/lượng", "km/giờ") keeps its "/..." part. */
export function withPerUnit(
  text: string,
  start: number,
  end: number,
  type: FigureType,
  value: number,
  unit: string,
): FigureAnnotation {
  PER_UNIT.lastIndex = end;
  const per = PER_UNIT.exec(text);
  if (per) return figure(text, start, end + per[0].length, type, value, unit + per[0]);
  return figure(text, start, end, type, value, unit);
}

/**
 * A range's upper end, when it is above the lower one ("6 to 8 percent" is 6 to 8); a score
 * ("won 3-1") or a pair of codes reads no range.
 */
export function ranged(figure: FigureAnnotation, upTo: number | null): FigureAnnotation {
  if (upTo !== null && typeof figure.value === 'number' && upTo > figure.value) figure.valueTo = upTo;
  return figure;
}
