import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard } from '../../../src/content/hover-card';
import type { ReaderSession } from '../../../src/content/reader-session';
import { SelectionUi } from '../../../src/content/selection-ui';

let opened: JSDOM | undefined;
afterEach(() => opened?.window.close());

/** A page, and a count of the elements our code creates in it. */
function page() {
  opened = new JSDOM('<!doctype html><body><p>The harbour opens at six.</p></body>', {
    pretendToBeVisual: true,
  });
  const doc = opened.window.document as unknown as Document;
  const created = vi.spyOn(doc, 'createElement');
  return { dom: opened, doc, created };
}

// Every page pays for the content script's start; the overlays are built only when first used.
describe('overlays built on first use', () => {
  it('a hover card creates no element until it is needed, then one host, kept', () => {
    const { doc, created } = page();
    const card = new HoverCard(
      doc,
      () => null,
      (key) => key,
    );
    card.listen();
    card.hide();
    expect(created).not.toHaveBeenCalled();
    const host = card.host;
    expect(host.localName).toBe('newsmark-card');
    expect(card.host).toBe(host);
    expect(created.mock.calls.filter(([tag]) => tag === 'newsmark-card')).toHaveLength(1);
    expect(host.isConnected).toBe(false);
  });

  it('the selection UI builds no toolbar (and reads no strings) while nothing is selected', async () => {
    const { dom, doc, created } = page();
    const session = { articleModel: null } as unknown as ReaderSession;
    const ui = new SelectionUi(doc, session);
    ui.listen();
    doc.dispatchEvent(new dom.window.PointerEvent('pointerdown'));
    doc.dispatchEvent(new dom.window.PointerEvent('pointerup'));
    doc.dispatchEvent(new dom.window.Event('selectionchange'));
    await new Promise((done) => setTimeout(done, 300)); // the selection settles after 250 ms
    expect(created).not.toHaveBeenCalled();
    expect(doc.querySelector('newsmark-toolbar')).toBeNull();
  });
});
