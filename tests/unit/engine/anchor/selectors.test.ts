import { describe, expect, it } from 'vitest';
import { describeTextRange, QUOTE_CONTEXT_LENGTH } from '../../../../src/engine/anchor/selectors';

describe('describeTextRange', () => {
  const text = `${'a'.repeat(40)}Thủ tướng yêu cầu${'b'.repeat(40)}`;

  it('gives the exact quote, 32 characters either side, and the position', () => {
    const [quote, position] = describeTextRange(text, 40, 57);
    expect(quote.exact).toBe('Thủ tướng yêu cầu');
    expect(quote.prefix).toBe('a'.repeat(QUOTE_CONTEXT_LENGTH));
    expect(quote.suffix).toBe('b'.repeat(QUOTE_CONTEXT_LENGTH));
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 57 });
  });

  it('shortens context at the edges of the text', () => {
    const [quote] = describeTextRange('Giá 5% tăng', 4, 6);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: '5%', prefix: 'Giá ', suffix: ' tăng' });
  });

  it('never cuts a surrogate pair in the context', () => {
    const emoji = '\u{1F4C8}';
    const wide = `${emoji.repeat(20)}X${emoji.repeat(20)}`;
    const start = wide.indexOf('X');
    const [quote] = describeTextRange(wide, start, start + 1, 3);
    expect(quote.prefix).toBe(emoji);
    expect(quote.suffix).toBe(emoji);
  });

  it('refuses a range outside the text', () => {
    expect(() => describeTextRange('abc', 2, 5)).toThrow(RangeError);
    expect(() => describeTextRange('abc', 2, 2)).toThrow(RangeError);
  });
});
