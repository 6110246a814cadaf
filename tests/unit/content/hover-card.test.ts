import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type PaintedSource } from '../../../src/content/hover-card';
import { buildTextModel } from '../../../src/engine/text/build-text-model';
import type { Annotation } from '../../../src/engine/types';

const TEXT = 'Minister Jane Roe cut fees by 5% this year.';

/**
 * A page with one paragraph, one painted official and one figure. jsdom has no layout: the
 * caret-from-point and the line boxes are stubbed so that any point is over the official.
 */
function setup(overOfficial = true) {
  const dom = new JSDOM(`<!doctype html><body><p>${TEXT}</p></body>`, { pretendToBeVisual: true });
  const doc = dom.window.document as unknown as Document;
  const p = doc.querySelector('p')!;
  const model = buildTextModel([{ kind: 'paragraph', element: p }]);
  const official: Annotation = {
    kind: 'official',
    text: 'Minister Jane Roe',
    start: 0,
    end: 17,
    name: 'Jane Roe',
    titles: ['Minister'],
  };
  const annotations = [official];
  const painted = vi.fn<PaintedSource>(() => ({ model, annotations }));
  const text = p.firstChild!;
  Object.assign(doc, {
    caretPositionFromPoint: () => ({ offsetNode: text, offset: overOfficial ? 5 : 25 }),
  });
  dom.window.Range.prototype.getClientRects = () =>
    [{ left: 0, top: 0, right: 500, bottom: 20, width: 500, height: 20 }] as unknown as DOMRectList;
  dom.window.Range.prototype.getBoundingClientRect = () => ({ left: 0, top: 0, bottom: 20 }) as DOMRect;
  const card = new HoverCard(doc, painted, (key) => `<${key}>`);
  card.listen();
  const move = (x: number, y: number) =>
    doc.dispatchEvent(
      new dom.window.PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse' }),
    );
  const frame = () => new Promise((done) => dom.window.requestAnimationFrame(() => done(undefined)));
  return { dom, doc, card, painted, move, frame, official };
}

let opened: JSDOM | undefined;
afterEach(() => opened?.window.close());

describe('HoverCard', () => {
  it('hit-tests once per animation frame however often the pointer moves, and shows the card', async () => {
    const { dom, doc, card, painted, move, frame, official } = setup();
    opened = dom;
    for (let x = 10; x < 20; x++) move(x, 10);
    await frame();
    await frame();
    expect(painted).toHaveBeenCalledTimes(1);
    expect(card.shown).toBe(official);
    expect(doc.documentElement.lastElementChild?.localName).toBe('newsmark-card');
    expect(card.host.shadowRoot).toBeNull(); // closed
  });

  it('does no work while the pointer is still', async () => {
    const { dom, painted, move, frame } = setup();
    opened = dom;
    move(10, 10);
    await frame();
    await frame();
    const calls = painted.mock.calls.length;
    move(10, 10); // the same point again (a synthetic move without motion)
    await frame();
    await frame();
    await frame();
    expect(painted.mock.calls.length).toBe(calls);
  });

  it('hides the card when the pointer leaves the highlight', async () => {
    const { dom, doc, card, move, frame } = setup();
    opened = dom;
    move(10, 10);
    await frame();
    expect(card.shown).not.toBeNull();
    Object.assign(doc, {
      caretPositionFromPoint: () => ({ offsetNode: doc.querySelector('p')!.firstChild, offset: 25 }),
    });
    move(300, 10);
    await frame();
    expect(card.shown).toBeNull();
    expect(card.host.isConnected).toBe(false);
  });
});
