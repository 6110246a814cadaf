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

function mount(count: number, onActivate = vi.fn()) {
  host = document.createElement('div');
  document.body.append(host);
  const items = Array.from({ length: count }, (_, i) => `item ${i}`);
  render(
    <VirtualList
      id="t"
      label="Things"
      items={items}
      rowHeight={20}
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
});
