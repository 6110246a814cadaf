import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/load-document';
import { selectedRange, spanForRange } from '../../../src/content/reader-selection';
import { buildTextModel } from '../../../src/engine/text/build-text-model';

const HTML =
  '<header><p>Menu: World</p></header><article><p>The minister <b>ordered</b> the utility to act.</p>' +
  '<p>Officials said the grid would grow.</p></article><footer><p>Contact us</p></footer>';

function setup() {
  const doc = parseHtml(`<!doctype html><body>${HTML}</body>`);
  const model = buildTextModel(
    Array.from(doc.querySelectorAll('article p')).map((element) => ({ kind: 'paragraph' as const, element })),
  );
  return { doc, model };
}

function rangeOver(doc: Document, selector: string, from: number, to: number): Range {
  const node = doc.querySelector(selector)!.firstChild!;
  const range = doc.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  return range;
}

describe('spanForRange', () => {
  it('describes article text with offsets and quote/position selectors', () => {
    const { doc, model } = setup();
    const range = doc.createRange();
    range.setStart(doc.querySelector('article p')!.firstChild!, 4);
    range.setEnd(doc.querySelector('b')!.firstChild!, 7);
    const result = spanForRange(model, range);
    expect(result).toEqual({
      ok: true,
      span: {
        start: 4,
        end: 20,
        text: 'minister ordered',
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact: 'minister ordered',
            prefix: 'The ',
            suffix: ' the utility to act.\n\nOfficials ',
          },
          { type: 'TextPositionSelector', start: 4, end: 20 },
        ],
      },
    });
  });

  it('cuts a selection that runs out of the article to its article part', () => {
    const { doc, model } = setup();
    const range = doc.createRange();
    range.setStart(doc.querySelectorAll('article p')[1]!.firstChild!, 10);
    range.setEnd(doc.querySelector('footer p')!.firstChild!, 4);
    const result = spanForRange(model, range);
    expect(result.ok && result.span.text).toBe('said the grid would grow.');
  });

  it('refuses a selection outside the article, an empty one, and any on a page without an article', () => {
    const { doc, model } = setup();
    expect(spanForRange(model, rangeOver(doc, 'footer p', 0, 7))).toEqual({
      ok: false,
      reason: 'outside-article',
    });
    expect(spanForRange(model, rangeOver(doc, 'header p', 0, 4))).toEqual({
      ok: false,
      reason: 'outside-article',
    });
    expect(spanForRange(model, rangeOver(doc, 'article p', 3, 3))).toEqual({
      ok: false,
      reason: 'no-selection',
    });
    expect(spanForRange(model, null)).toEqual({ ok: false, reason: 'no-selection' });
    expect(spanForRange(null, rangeOver(doc, 'article p', 0, 3))).toEqual({
      ok: false,
      reason: 'not-article',
    });
  });
});

describe('selectedRange', () => {
  it('gives the first range of a non-empty selection only', () => {
    const { doc } = setup();
    const selection = doc.getSelection()!;
    expect(selectedRange(selection)).toBeNull();
    selection.addRange(rangeOver(doc, 'article p', 0, 3));
    expect(selectedRange(selection)?.toString()).toBe('The');
    selection.collapseToEnd();
    expect(selectedRange(selection)).toBeNull();
    expect(selectedRange(null)).toBeNull();
  });
});
