import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/engine/types';
import { figures, run } from './helpers';

const ranges = (lang: Lang, text: string) =>
  figures(run(lang, text)).map((f) => [f.text, f.value, f.valueTo, f.unit]);

describe('figures: a range keeps both ends', () => {
  it('reads the scale and unit written once for both ends (vi)', () => {
    expect(ranges('vi', 'Việt Nam có thể thu hút 0,5 - 1 tỷ USD vốn ngoại.')).toEqual([
      ['0,5 - 1 tỷ USD', 500_000_000, 1_000_000_000, 'USD'],
    ]);
    expect(ranges('vi', 'Gió mạnh 75-88 km/giờ trong 24-48 giờ tới.')).toEqual([
      ['75-88 km/giờ', 75, 88, 'km/giờ'],
      ['24-48 giờ', 24, 48, 'giờ'],
    ]);
  });
  it('reads "to" and dashes between numbers (en)', () => {
    expect(ranges('en', 'Prices could fall by 6 to 8 percent, or 350–375 million tonnes.')).toEqual([
      ['6 to 8 percent', 6, 8, 'percent'],
      ['350–375 million tonnes', 350_000_000, 375_000_000, 'tonnes'],
    ]);
  });
  it('gives no upper end to a single number, a score or a year range', () => {
    const [single] = figures(run('en', 'They hired 40 engineers.'));
    expect(single?.valueTo).toBeUndefined();
    const [score] = figures(run('en', 'The home side won 3-1 on Sunday.'));
    expect(score?.valueTo).toBeUndefined();
    const [years] = figures(run('en', 'The plan ran in 2016-2020.'));
    expect(years?.value).toBe('2016/2020');
    expect(years?.valueTo).toBeUndefined();
  });
});
