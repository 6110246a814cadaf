import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

// Cases found by probing the figure rules with sentences of our own, against the guidelines.
const texts = (...p: string[]) => figures(run('vi', ...p)).map((f) => f.text);

describe('Vietnamese figures: a month named alone', () => {
  it('reads "tháng 10" before a verb as the month, not a count of the verb', () => {
    expect(texts('CPI tháng 10 tăng 0,33% so với tháng trước.')).toEqual(['tháng 10', '0,33%']);
    expect(texts('Xuất khẩu tháng 7 đạt 36 tỷ USD.')).toEqual(['tháng 7', '36 tỷ USD']);
  });
  it('leaves a month range and a month with its year whole', () => {
    expect(texts('Dự kiến kéo dài đến tháng 3 - 6/2027.')).toEqual(['tháng 3 - 6/2027']);
    expect(texts('Từ tháng 9 đến tháng 12, giá giảm.')).not.toContain('tháng 9 đến');
    expect(texts('Trong tháng 7/2024 và tháng 7 năm nay.')).toEqual(['tháng 7/2024', 'tháng 7 năm nay']);
  });
  it('still counts months after a number', () => {
    expect(texts('Thời hạn 6 tháng, gia hạn thêm 3 tháng.')).toEqual(['6 tháng', '3 tháng']);
  });
});
