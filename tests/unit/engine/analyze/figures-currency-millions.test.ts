import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

describe('figures: a glued "m" after a currency sign', () => {
  it('is millions, in either language', () => {
    const money = (lang: 'vi' | 'en', text: string) =>
      figures(run(lang, text)).map((f) => [f.text, f.value, f.unit]);
    expect(money('en', 'The club paid £15m for the striker and $2.5m in fees.')).toEqual([
      ['£15m', 15_000_000, 'GBP'],
      ['$2.5m', 2_500_000, 'USD'],
    ]);
    expect(money('en', 'She won the 100m in record time.')).toEqual([['100', 100, null]]);
  });
});
