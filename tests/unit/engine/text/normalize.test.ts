import { describe, expect, it } from 'vitest';
import { foldToneMarks, normalizeForMatch } from '../../../../src/engine/text/normalize';

describe('normalizeForMatch', () => {
  it('treats old and new tone placement as equal', () => {
    expect(foldToneMarks('hoà')).toBe('hòa');
    expect(foldToneMarks('Uỷ ban')).toBe('Ủy ban');
    expect(normalizeForMatch('Khánh Hoà')).toBe(normalizeForMatch('Khánh Hòa'));
  });
  it('keeps words where the second vowel is not final', () => {
    expect(foldToneMarks('hoàng')).toBe('hoàng');
    expect(foldToneMarks('tuyến')).toBe('tuyến');
  });
  it('folds white space and composes to NFC', () => {
    expect(normalizeForMatch('  a\u00a0\n b ')).toBe('a b');
    expect(normalizeForMatch('Vie\u0323\u0302t')).toBe('Việt');
  });
});
