import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { buildTextModel } from '../../../../src/engine/text/build-text-model';
import { domToOffset, rangeToOffsets } from '../../../../src/engine/text/dom-to-offset';
import { rangeForOffsets } from '../../../../src/engine/text/offset-to-dom';
import type { ArticleBlock } from '../../../../src/engine/types';

function modelOf(html: string) {
  const doc = parseHtml(`<!doctype html><body>${html}</body>`);
  const blocks: ArticleBlock[] = Array.from(doc.querySelectorAll('article p')).map((element) => ({
    kind: 'paragraph',
    element,
  }));
  return { doc, model: buildTextModel(blocks) };
}

function textNode(doc: Document, selector: string, index = 0): Text {
  const node = doc.querySelector(selector)?.childNodes[index];
  if (node?.nodeType !== 3) throw new Error(`no text node ${selector}[${index}]`);
  return node as Text;
}

const HTML =
  '<header><p>Menu</p></header><article><p>  Bộ trưởng   <b>Nguyễn Văn A</b> yêu cầu</p>' +
  '<aside>Quảng cáo</aside><p>Giảm <i>5%</i> chi phí.</p></article><footer>Liên hệ</footer>';

describe('domToOffset', () => {
  it('maps points inside text nodes to the same characters offsetToDom gives back', () => {
    const { doc, model } = modelOf(HTML);
    expect(model.text).toBe('Bộ trưởng Nguyễn Văn A yêu cầu\n\nGiảm 5% chi phí.');
    const name = textNode(doc, 'b');
    expect(domToOffset(model, name, 0)).toBe(model.text.indexOf('Nguyễn'));
    expect(domToOffset(model, name, 7)).toBe(model.text.indexOf('Văn'));
    const italic = textNode(doc, 'i');
    expect(domToOffset(model, italic, 2, 'end')).toBe(model.text.indexOf('%') + 1);
  });

  it('round-trips every article offset through the DOM', () => {
    const { model } = modelOf(HTML);
    for (let start = 0; start < model.text.length; start++) {
      const range = rangeForOffsets(model, start, start + 1);
      if (!range) continue; // a separator or folded space has no DOM character
      expect(domToOffset(model, range.startContainer, range.startOffset, 'start')).toBe(start);
      expect(domToOffset(model, range.endContainer, range.endOffset, 'end')).toBe(start + 1);
    }
  });

  it('snaps points in folded white space, between blocks and at element boundaries', () => {
    const { doc, model } = modelOf(HTML);
    const lead = textNode(doc, 'article p', 0); // "  Bộ trưởng   "
    expect(domToOffset(model, lead, 0, 'start')).toBe(0);
    expect(domToOffset(model, lead, lead.length, 'end')).toBe('Bộ trưởng'.length);
    const aside = textNode(doc, 'aside');
    const secondBlock = model.text.indexOf('Giảm');
    expect(domToOffset(model, aside, 2, 'start')).toBe(secondBlock);
    expect(domToOffset(model, aside, 2, 'end')).toBe(model.text.indexOf('\n'));
    const article = doc.querySelector('article')!;
    expect(domToOffset(model, article, 0, 'start')).toBe(0);
    expect(domToOffset(model, article, article.childNodes.length, 'end')).toBe(model.text.length);
  });

  it('snaps points before and after the article to its edges', () => {
    const { doc, model } = modelOf(HTML);
    expect(domToOffset(model, textNode(doc, 'header p'), 1, 'start')).toBe(0);
    expect(domToOffset(model, textNode(doc, 'footer'), 1, 'end')).toBe(model.text.length);
  });

  it('takes a whole re-composed letter', () => {
    const nfd = 'Lê'.normalize('NFD'); // L, e, combining circumflex
    const { doc, model } = modelOf(`<article><p>Ông ${nfd} nói</p></article>`);
    const node = textNode(doc, 'article p');
    const inside = node.data.indexOf('e') + 1; // between the e and its accent
    expect(domToOffset(model, node, inside, 'start')).toBe(model.text.indexOf('ê'));
    expect(domToOffset(model, node, inside, 'end')).toBe(model.text.indexOf('ê') + 1);
  });

  it('answers null for an empty model and for a node of another document', () => {
    const { doc } = modelOf('<p>x</p>');
    expect(domToOffset(buildTextModel([]), doc.body, 0)).toBeNull();
    const { model } = modelOf(HTML);
    expect(domToOffset(model, doc.body, 0)).toBeNull();
  });
});

describe('rangeToOffsets', () => {
  it('gives the article span of a selection, trimmed of edge white space', () => {
    const { doc, model } = modelOf(HTML);
    const range = doc.createRange();
    range.setStart(textNode(doc, 'article p', 0), 1);
    range.setEnd(textNode(doc, 'article p', 2), 3);
    const span = rangeToOffsets(model, range);
    expect(span && model.text.slice(span.start, span.end)).toBe('Bộ trưởng Nguyễn Văn A yê');
    const across = doc.createRange();
    across.setStart(textNode(doc, 'b'), 7);
    across.setEnd(textNode(doc, 'i'), 1);
    const both = rangeToOffsets(model, across);
    expect(both && model.text.slice(both.start, both.end)).toBe('Văn A yêu cầu\n\nGiảm 5');
  });

  it('refuses a range that holds no article text', () => {
    const { doc, model } = modelOf(HTML);
    const outside = doc.createRange();
    outside.selectNodeContents(doc.querySelector('footer')!);
    expect(rangeToOffsets(model, outside)).toBeNull();
    const between = doc.createRange();
    between.selectNodeContents(doc.querySelector('aside')!);
    expect(rangeToOffsets(model, between)).toBeNull();
    const spaces = doc.createRange();
    spaces.setStart(textNode(doc, 'article p', 0), 0);
    spaces.setEnd(textNode(doc, 'article p', 0), 2);
    expect(rangeToOffsets(model, spaces)).toBeNull();
  });
});
