import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from '../../../../src/engine/analyze/parse-number';

describe('parseNumber', () => {
  it('reads each language convention and the ambiguous shapes', () => {
    expect(parseNumber('5,05', ',')).toBe(5.05);
    expect(parseNumber('4.284', ',')).toBe(4284);
    expect(parseNumber('12.345,67', ',')).toBe(12345.67);
    expect(parseNumber('1.5', ',')).toBe(1.5);
    expect(parseNumber('1.500', ',')).toBe(1500);
    expect(parseNumber('4,284', '.')).toBe(4284);
    expect(parseNumber('2.9', '.')).toBe(2.9);
    expect(parseNumber('1,234,567.8', '.')).toBe(1234567.8);
    expect(parseNumber('1.', '.')).toBeNull();
  });

  it('reads one separator as the general rule does (a group only in the native mark, three digits after)', () => {
    expect(parseNumber('1,500', '.')).toBe(1500);
    expect(parseNumber('1,5000', '.')).toBe(1.5);
    expect(parseNumber('1234,567', '.')).toBe(1234.567);
    expect(parseNumber('1.500', '.')).toBe(1.5);
    expect(parseNumber('1,500', ',')).toBe(1.5);
    expect(parseNumber('0,25', ',')).toBe(0.25);
    expect(parseNumber(',5', '.')).toBeNull();
    expect(parseNumber('5,', ',')).toBeNull();
    expect(parseNumber('', '.')).toBeNull();
  });

  it('round-trips integers formatted in either convention', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom(',' as const, '.' as const),
        (n, mark) => {
          expect(parseNumber(formatNumber(n, mark), mark)).toBe(n);
        },
      ),
    );
  });

  it('round-trips decimals formatted in either convention', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom(',' as const, '.' as const),
        (int, cents, mark) => {
          const value = Number(`${int}.${String(cents).padStart(2, '0')}`);
          expect(parseNumber(formatNumber(value, mark, 2), mark)).toBeCloseTo(value, 6);
        },
      ),
    );
  });
});
