/**
 * Grouping and bounds over lists that may hold a whole library (an import of 100,000 rows):
 * linear, and never spread into a call's arguments, which overflows the stack past ~100,000.
 */

/** Items grouped by their page address, in their first-seen order. */
export function groupByUrl<T extends { url: string }>(items: Iterable<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.url);
    if (group) group.push(item);
    else groups.set(item.url, [item]);
  }
  return groups;
}

/** The smallest and largest of `value` over a non-empty list. */
export function boundsOf<T>(items: readonly T[], value: (item: T) => number): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const x = value(item);
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max };
}
