import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { ReaderToolbar } from '../../../src/content/toolbar';

function setup() {
  const dom = new JSDOM('<!doctype html><body><p>Article</p></body>', { pretendToBeVisual: true });
  const doc = dom.window.document;
  const actions = { highlight: vi.fn(), note: vi.fn(), dismissed: vi.fn() };
  // Reach the closed shadow root the way only the creator can: keep what attachShadow returns.
  let root: ShadowRoot | null = null;
  const attach = dom.window.HTMLElement.prototype.attachShadow;
  dom.window.HTMLElement.prototype.attachShadow = function (init: ShadowRootInit) {
    root = attach.call(this, init);
    return root;
  };
  const toolbar = new ReaderToolbar(doc as unknown as Document, (key) => `t:${key}`, actions);
  const rect = { left: 40, top: 100, bottom: 120, right: 200, width: 160, height: 20 } as DOMRect;
  return { dom, doc, toolbar, actions, rect, root: () => root! };
}

describe('ReaderToolbar', () => {
  it('is in the page only while shown, in a closed shadow root, below the selection', () => {
    const { doc, toolbar, rect, dom } = setup();
    expect(toolbar.host.isConnected).toBe(false);
    toolbar.showFor(rect);
    expect(doc.documentElement.lastElementChild).toBe(toolbar.host);
    expect(toolbar.host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(toolbar.host.style.getPropertyValue('top')).toBe('128px');
    expect(toolbar.host.style.getPropertyValue('left')).toBe('40px');
    toolbar.hide();
    expect(toolbar.host.isConnected).toBe(false);
    expect(doc.body.innerHTML).toBe('<p>Article</p>');
    dom.window.close();
  });

  it('offers five labelled colours and a note, and reports the choice', () => {
    const { toolbar, rect, actions, root } = setup();
    toolbar.showFor(rect);
    const swatches = [...root().querySelectorAll<HTMLButtonElement>('button[data-colour]')];
    expect(swatches.map((b) => b.dataset.colour)).toEqual(['yellow', 'green', 'blue', 'pink', 'purple']);
    expect(swatches[2]!.getAttribute('aria-label')).toBe('t:readerColourBlue');
    swatches[2]!.click();
    expect(actions.highlight).toHaveBeenCalledWith('blue');
  });

  it('has no text field: "Note" asks for the side panel, and Escape closes', () => {
    const { toolbar, rect, actions, root, dom } = setup();
    toolbar.showFor(rect);
    expect(root().querySelector('textarea, input, [contenteditable]')).toBeNull();
    const note = root().querySelector<HTMLButtonElement>('button[data-action="note"]')!;
    expect(note.textContent).toBe('t:readerNoteButton');
    expect(note.getAttribute('aria-label')).toBe('t:readerNoteOpensPanel');
    note.click();
    expect(actions.note).toHaveBeenCalledWith();
    expect(actions.highlight).not.toHaveBeenCalled();
    note.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.dismissed).toHaveBeenCalled();
  });

  it('shows a message as text, then hides itself', () => {
    vi.useFakeTimers();
    try {
      const { toolbar, root } = setup();
      toolbar.showMessage('<b>not markup</b>', null);
      const status = root().querySelector('[role="status"]')!;
      expect(status.textContent).toBe('<b>not markup</b>');
      expect(status.children).toHaveLength(0);
      vi.advanceTimersByTime(4_100);
      expect(toolbar.shown).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
