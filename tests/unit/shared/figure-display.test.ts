import { describe, expect, it } from 'vitest';
import { figureValueText, readsAsWritten } from '../../../src/shared/figure-display';

describe('figureValueText', () => {
  it('writes large amounts with the scale in words, in the reader’s language', () => {
    expect(figureValueText(2.3e9, 'USD', 'en')).toBe('2.3 billion USD');
    expect(figureValueText(430e9, 'USD', 'vi')).toBe('430 tỷ USD');
    expect(figureValueText(4284, 'USD', 'vi')).toBe('4.284 USD');
    expect(figureValueText(5.05, 'percent', 'en')).toBe('5.05%');
    expect(figureValueText(1.5, 'times', 'en')).toBe('1.5×');
    expect(figureValueText(45, 'days', 'en')).toBe('45 days');
  });

  it('writes stored days as days, a day without its year without one, other dates as stored', () => {
    expect(figureValueText('2026-09-30', 'date', 'en')).toBe('Sep 30, 2026');
    expect(figureValueText('--09-30', 'date', 'en')).toBe('Sep 30');
    expect(figureValueText('--02-29', 'date', 'en')).toBe('Feb 29');
    expect(figureValueText('2025', 'date', 'en')).toBe('2025');
    expect(figureValueText('2007/2009', 'date', 'en')).toBe('2007/2009');
  });

  it('says nothing when no value was read', () => {
    expect(figureValueText(null, null, 'en')).toBe('');
    expect(figureValueText(undefined, 'USD', 'en')).toBe('');
  });
});

describe('readsAsWritten', () => {
  it('is true when the value says only what the text says', () => {
    expect(readsAsWritten('45 days', '45 days')).toBe(true);
    expect(readsAsWritten('12%', '12 %')).toBe(true);
    expect(readsAsWritten('2025', '2025')).toBe(true);
  });
  it('is false when the value adds something', () => {
    expect(readsAsWritten('12%', '12 percent')).toBe(false);
    expect(readsAsWritten('2.3 billion USD', '$2.3 billion')).toBe(false);
    expect(readsAsWritten('Sep 30', 'Sept. 30')).toBe(false);
  });
});
