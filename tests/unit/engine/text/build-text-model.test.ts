import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { buildTextModel } from '../../../../src/engine/text/build-text-model';
import { offsetToDom, rangeForOffsets } from '../../../../src/engine/text/offset-to-dom';
import type { ArticleBlock } from '../../../../src/engine/types';

function blocksOf(html: string, selector = 'p, h2, li'): { doc: Document; blocks: ArticleBlock[] } {
  const doc = parseHtml(`<!doctype html><body>${html}</body>`);
  const blocks = Array.from(doc.querySelectorAll(selector)).map((element) => ({
    kind: 'paragraph' as const,
    element,
  }));
  return { doc, blocks };
}

describe('buildTextModel', () => {
  it('joins blocks with a blank line and folds white space', () => {
    const { blocks } = blocksOf('<p>  Ngày   4/1,\n tại  Hà Nội </p><p>Second\u00a0block.</p>');
    const model = buildTextModel(blocks);
    expect(model.text).toBe('Ngày 4/1, tại Hà Nội\n\nSecond block.');
    expect(model.blocks).toEqual([
      { kind: 'paragraph', start: 0, end: 20 },
      { kind: 'paragraph', start: 22, end: 35 },
    ]);
  });

  it('skips scripts, hidden elements, empty blocks and zero-width characters', () => {
    const { blocks } = blocksOf(
      '<p>A<script>var x = 1</script>B<span hidden>hidden</span>C<span aria-hidden="true">x</span></p><p> </p><p>D\u200bE</p>',
    );
    expect(buildTextModel(blocks).text).toBe('ABC\n\nDE');
  });

  it('reads <br> as a space and keeps words across inline elements', () => {
    const { blocks } = blocksOf('<p>Thủ <b>tướng</b><br>yêu cầu</p>');
    expect(buildTextModel(blocks).text).toBe('Thủ tướng yêu cầu');
  });

  it('composes decomposed Vietnamese (NFD) into NFC and still maps back to the DOM', () => {
    const nfd = 'Trương Thị Mai'.normalize('NFD');
    const { blocks } = blocksOf(`<p>Bà ${nfd} phát biểu</p>`);
    const model = buildTextModel(blocks);
    expect(model.text).toBe('Bà Trương Thị Mai phát biểu');
    const start = model.text.indexOf('Trương');
    const range = rangeForOffsets(model, start, start + 'Trương Thị Mai'.length);
    expect(range?.toString().normalize('NFC')).toBe('Trương Thị Mai');
  });
});

describe('offsetToDom and rangeForOffsets', () => {
  it('maps offsets across inline elements to the right text nodes', () => {
    const { blocks } = blocksOf('<p>GDP <b>430 tỷ USD</b>, tăng 5,05%.</p><h2>Nhiệm vụ</h2>');
    const model = buildTextModel(blocks);
    const start = model.text.indexOf('430');
    const range = rangeForOffsets(model, start, start + '430 tỷ USD'.length);
    expect(range?.toString()).toBe('430 tỷ USD');
    const across = rangeForOffsets(model, model.text.indexOf('tỷ'), model.text.indexOf('%') + 1);
    expect(across?.toString()).toBe('tỷ USD, tăng 5,05%');
    const point = offsetToDom(model, model.text.indexOf('Nhiệm'), 'start');
    expect(point?.node.data).toBe('Nhiệm vụ');
    expect(point?.offset).toBe(0);
  });

  it('snaps offsets in folded space or block gaps inward', () => {
    const { blocks } = blocksOf('<p>one   two</p><p>three</p>');
    const model = buildTextModel(blocks);
    expect(model.text).toBe('one two\n\nthree');
    // The range covering "two\n\nthree" starts in the first paragraph and ends in the second.
    const range = rangeForOffsets(model, 4, model.text.length);
    expect(range?.toString()).toBe('twothree');
    // A range covering only the separator maps to nothing.
    expect(rangeForOffsets(model, 7, 9)).toBeNull();
  });
});
