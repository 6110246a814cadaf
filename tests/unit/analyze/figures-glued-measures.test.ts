import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

const read = (lang: 'vi' | 'en', text: string) => figures(run(lang, text)).map((f) => [f.text, f.unit]);

describe('figures: a unit of measure written against the number', () => {
  it('is the unit of the quantity, a range included', () => {
    expect(read('vi', 'Mưa phổ biến 100-200mm, sóng biển cao 2-3m, gió mạnh trong bán kính 150km.')).toEqual([
      ['100-200mm', 'mm'],
      ['2-3m', 'm'],
      ['150km', 'km'],
    ]);
    expect(read('en', 'The phone ships with 256GB of storage and a 3.5mm jack.')).toEqual([
      ['256GB', 'GB'],
      ['3.5mm', 'mm'],
    ]);
  });

  it('reads a bare "m" as metres in Vietnamese only: English writes "15m" for millions too', () => {
    expect(read('en', 'The club paid 15m for the striker.').map(([text]) => text)).not.toContain('15m');
    expect(read('vi', 'Cầu dài 375m.')).toEqual([['375m', 'm']]);
  });
});

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
