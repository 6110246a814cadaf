import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

/** Rows drawn past each edge of the window, so a fast scroll shows no blank band. */
const OVERSCAN = 6;
/** About fourteen rows of the views: the panel keeps room for their filters. */
const MAX_HEIGHT = 420;

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row is this tall (px): the window is worked out from scroll position alone. */
  rowHeight: number;
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
  const height = Math.min(props.maxHeight ?? MAX_HEIGHT, items.length * rowHeight);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const current = Math.min(active, Math.max(items.length - 1, 0));
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    const el = box.current;
    if (!el) return;
    const top = next * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
    setScrollTop(el.scrollTop);
  };
  const perPage = Math.max(1, Math.floor(height / rowHeight));
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
        style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
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
      <div class="vlist-spacer" style={{ height: `${items.length * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
