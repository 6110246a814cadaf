// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VirtualList } from '../../../../popup/views/shared/VirtualList';
import { press } from '../../helpers/popup-dom';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(count: number, onActivate = vi.fn(), rowHeight: number | ((item: string) => number) = 20) {
  host = document.createElement('div');
  document.body.append(host);
  const items = Array.from({ length: count }, (_, i) => `item ${i}`);
  render(
    <VirtualList
      id="t"
      label="Things"
      items={items}
      rowHeight={rowHeight}
      maxHeight={100}
      keyOf={(s) => s}
      render={(s) => <span>{s}</span>}
      onActivate={onActivate}
    />,
    host,
  );
  return host.querySelector('[role="listbox"]') as HTMLElement;
}

describe('VirtualList', () => {
  it('draws the rows in view and a few more, not all of them', () => {
    const list = mount(10_000);
    const rows = list.querySelectorAll('[role="option"]');
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.length).toBeLessThan(20);
    expect((list.firstElementChild as HTMLElement).style.height).toBe('200000px');
  });

  it('moves the active row with the keys and activates it with Enter', () => {
    const activated = vi.fn();
    const list = mount(50, activated);
    expect(list.getAttribute('aria-activedescendant')).toBe('t-0');
    press(list, 'ArrowDown');
    press(list, 'ArrowDown');
    expect(list.getAttribute('aria-activedescendant')).toBe('t-2');
    press(list, 'End');
    expect(list.getAttribute('aria-activedescendant')).toBe('t-49');
    expect(list.querySelector('#t-49')?.getAttribute('aria-selected')).toBe('true');
    press(list, 'Enter');
    expect(activated).toHaveBeenCalledWith('item 49');
    press(list, 'ArrowUp');
    press(list, 'Home');
    expect(list.getAttribute('aria-activedescendant')).toBe('t-0');
  });

  it('does nothing on Enter when empty', () => {
    const activated = vi.fn();
    const list = mount(0, activated);
    press(list, 'Enter');
    expect(activated).not.toHaveBeenCalled();
    expect(list.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('gives each row its own height when asked: rows stack without overlap, and keys scroll by them', () => {
    // Every tenth row is a 10 px heading, the others 30 px items.
    const list = mount(100, vi.fn(), (s) => (Number(s.split(' ')[1]) % 10 === 0 ? 10 : 30));
    expect((list.firstElementChild as HTMLElement).style.height).toBe(`${10 * 10 + 90 * 30}px`);
    const rows = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
    for (let k = 1; k < rows.length; k++)
      expect(parseFloat(rows[k]!.style.top)).toBe(
        parseFloat(rows[k - 1]!.style.top) + parseFloat(rows[k - 1]!.style.height),
      );
    expect(rows[0]!.style.height).toBe('10px');
    expect(rows[1]!.style.height).toBe('30px');
    press(list, 'End');
    // The last row's bottom sits at the window's bottom (100 px tall).
    expect(list.scrollTop).toBe(10 * 10 + 90 * 30 - 100);
    expect(list.querySelector('#t-99')).not.toBeNull();
  });
});
