import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/engine/text/sentences';
import type { TextBlock } from '../../../../src/engine/types';

function split(text: string, blocks?: TextBlock[]): string[] {
  const b = blocks ?? [{ kind: 'paragraph', start: 0, end: text.length }];
  return splitSentences(text, b).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits on terminal marks followed by a capital', () => {
    expect(split('Ông A đến. Bà B đi! Ai về?')).toEqual(['Ông A đến.', 'Bà B đi!', 'Ai về?']);
  });
  it('keeps decimals, abbreviations and initials inside a sentence', () => {
    expect(split('GDP đạt 4.284 USD, tăng 5,05%. Tiếp theo.')).toHaveLength(2);
    expect(split('Sen. John McCain met Donald J. Trump at 9 a.m. today.')).toHaveLength(1);
    expect(split('Chủ tịch UBND TP. Hồ Chí Minh phát biểu.')).toHaveLength(1);
  });
  it('ends a sentence at a glued full stop before a capital', () => {
    expect(split('không phải của riêng ai.Mỗi cơ quan phải làm.')).toEqual([
      'không phải của riêng ai.',
      'Mỗi cơ quan phải làm.',
    ]);
  });
  it('keeps closing quotes with their sentence and handles "./."', () => {
    expect(split('He said: "Go now." Then he left./.')).toEqual(['He said: "Go now."', 'Then he left./.']);
  });
  it("keeps a list item's number with its text, but ends a sentence after a longer number", () => {
    expect(split('1. Các sở rà soát hồ sơ. Báo cáo trước ngày 5.')).toEqual([
      '1. Các sở rà soát hồ sơ.',
      'Báo cáo trước ngày 5.',
    ]);
    expect(split('II. Nhiệm vụ trọng tâm')).toEqual(['II. Nhiệm vụ trọng tâm']);
    expect(split('b. Tăng cường kiểm tra.')).toEqual(['b. Tăng cường kiểm tra.']);
    expect(split('Sales rose in 2024. Prices fell.')).toEqual(['Sales rose in 2024.', 'Prices fell.']);
  });
  it('never crosses a block boundary', () => {
    const text = 'Tiêu đề\n\nĐoạn một. Đoạn hai';
    const blocks: TextBlock[] = [
      { kind: 'heading', start: 0, end: 7 },
      { kind: 'paragraph', start: 9, end: text.length },
    ];
    const sentences = splitSentences(text, blocks);
    expect(sentences.map((s) => [s.block, s.blockStart])).toEqual([
      [0, true],
      [1, true],
      [1, false],
    ]);
  });
});
