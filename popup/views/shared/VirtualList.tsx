import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';

/** Rows drawn past each edge of the window, so a fast scroll shows no blank band. */
const OVERSCAN = 6;
/** About fourteen rows of the views: the panel keeps room for their filters. */
const MAX_HEIGHT = 420;

export interface VirtualListProps<T> {
  items: readonly T[];
  /**
   * How tall a row is (px): one height for all, or one per row (a group heading is shorter than
   * an item, an item with a due date taller). The window is worked out from the scroll position.
   */
  rowHeight: number | ((item: T) => number);
  /** The most the list shows at once (px); a shorter list is as tall as its rows. */
  maxHeight?: number;
  label: string;
  /** Unique in the document: rows get ids from it for aria-activedescendant. */
  id: string;
  keyOf: (item: T) => string;
  render: (item: T, active: boolean) => ComponentChildren;
  /** Enter or a click on a row. */
  onActivate: (item: T) => void;
  testId?: string;
}

/**
 * A list that draws only the rows in view (plus a few), inside a spacer as tall as all of
 * them: tens of thousands of rows cost what forty do. Keyboard: the list takes focus; arrows,
 * Page Up/Down, Home and End move the active row (announced through aria-activedescendant),
 * Enter activates it.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, label, id, keyOf, render, onActivate, testId } = props;
  const tops = useMemo(() => rowTops(items, rowHeight), [items, rowHeight]);
  const total = tops[items.length] ?? 0;
  const height = Math.min(props.maxHeight ?? MAX_HEIGHT, total);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const current = Math.min(active, Math.max(items.length - 1, 0));
  const first = Math.max(0, rowAt(tops, scrollTop) - OVERSCAN);
  const last = Math.min(items.length, rowAt(tops, scrollTop + height) + 1 + OVERSCAN);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    const el = box.current;
    if (!el) return;
    const top = tops[next]!;
    const bottom = tops[next + 1]!;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (bottom > el.scrollTop + height) el.scrollTop = bottom - height;
    setScrollTop(el.scrollTop);
  };
  // Page Up/Down move by as many rows as the average row lets the window hold.
  const perPage = Math.max(1, Math.floor((height * items.length) / Math.max(total, 1)));
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + perPage,
      PageUp: current - perPage,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && items[current] !== undefined) {
      event.preventDefault();
      onActivate(items[current] as T);
    }
  };

  const rows = [];
  for (let index = first; index < last; index++) {
    const item = items[index] as T;
    rows.push(
      // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys for its active option (aria-activedescendant)
      <div
        key={keyOf(item)}
        tabIndex={-1}
        id={`${id}-${index}`}
        role="option"
        aria-selected={index === current}
        aria-posinset={index + 1}
        aria-setsize={items.length}
        class={index === current ? 'vlist-row active' : 'vlist-row'}
        style={{ top: `${tops[index]}px`, height: `${tops[index + 1]! - tops[index]!}px` }}
        onClick={() => {
          setActive(index);
          onActivate(item);
        }}
      >
        {render(item, index === current)}
      </div>,
    );
  }
  return (
    <div
      ref={box}
      class="vlist"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={items.length > 0 ? `${id}-${current}` : undefined}
      data-testid={testId}
      style={{ height: `${height}px` }}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="vlist-spacer" style={{ height: `${total}px` }}>
        {rows}
      </div>
    </div>
  );
}

/** Each row's top (px), and the list's height after the last: one pass, so a scroll is a lookup. */
function rowTops<T>(items: readonly T[], rowHeight: number | ((item: T) => number)): Float64Array {
  const tops = new Float64Array(items.length + 1);
  for (let i = 0; i < items.length; i++)
    tops[i + 1] = tops[i]! + (typeof rowHeight === 'number' ? rowHeight : rowHeight(items[i] as T));
  return tops;
}

/** The row at `y` px from the list's top (binary search of the tops), the last row past the end. */
function rowAt(tops: Float64Array, y: number): number {
  let low = 0;
  let high = tops.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (tops[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}
