import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) =>
  directives(run('vi', ...paragraphs)).map((d) => `${d.issuer}: ${d.text.slice(0, 12)}`);

const ADVICE = [
  'Trước tình hình dịch sốt xuất huyết, Cục Y tế dự phòng khuyến cáo người dân:',
  '- Thường xuyên đậy kín các dụng cụ chứa nước.',
];

describe('Vietnamese list: a list of marked items ends at a paragraph without a marker', () => {
  it('leaves the next passage and its body to themselves', () => {
    expect(
      found(
        ...ADVICE,
        'Sở GD-ĐT Tân Giang vừa có công văn gửi các phòng GD-ĐT về việc bảo đảm an toàn cho học sinh. Sở yêu cầu:',
        'Các trường rà soát, kiểm tra cơ sở vật chất.',
      ),
    ).toEqual([
      'Cục Y tế dự phòng: Trước tình h',
      'Cục Y tế dự phòng: - Thường xuy',
      'Sở GD-ĐT Tân Giang: Sở yêu cầu:',
      'Sở GD-ĐT Tân Giang: Các trường r',
    ]);
  });
  it('keeps marked items and an unmarked list going', () => {
    expect(found(...ADVICE, '- Khi có dấu hiệu sốt phải đến ngay cơ sở y tế.')).toHaveLength(3);
  });
});
