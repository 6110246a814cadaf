import { describe, expect, it } from 'vitest';
import { capitalIn, letterAt, wordCharAt } from '../../../../src/engine/analyze/figures/char-class';

describe('figure character classes', () => {
  it('answer as the regexes do for every UTF-16 code', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (
        letterAt(s, 0) !== /\p{L}/u.test(s) ||
        wordCharAt(s, 0) !== /[\p{L}\d]/u.test(s) ||
        capitalIn(`a${s}b`, 1, 2) !== /\p{Lu}/u.test(s)
      )
        wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('answer false outside the text', () => {
    expect(letterAt('a', -1)).toBe(false);
    expect(wordCharAt('a', 1)).toBe(false);
  });
});
