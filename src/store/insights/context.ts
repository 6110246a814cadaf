import type { AnnotationRow } from '../../shared/records';

/**
 * The sentence around a quote, as far as the stored context reaches (the quote selector
 * keeps a few dozen characters each side): cut at the nearest sentence end on each side,
 * with an ellipsis where the context ran out first.
 */
export function sentenceAround(row: Pick<AnnotationRow, 'quote' | 'selectors'>): string {
  const selector = row.selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!selector) return row.quote;
  const prefix = selector.prefix.replace(/\s+/gu, ' ');
  const suffix = selector.suffix.replace(/\s+/gu, ' ');
  const lastEnd = Math.max(...['. ', '! ', '? ', '… ', '\n'].map((mark) => prefix.lastIndexOf(mark)));
  const head = lastEnd >= 0 ? prefix.slice(lastEnd + 2) : `…${prefix}`;
  const nextEnd = suffix.search(/[.!?…](?:\s|$)/u);
  const tail = nextEnd >= 0 ? suffix.slice(0, nextEnd + 1) : `${suffix}…`;
  return `${head}${row.quote}${tail}`.trim();
}
