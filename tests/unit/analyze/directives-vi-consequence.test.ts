import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('vi', ...paragraphs));

describe('Vietnamese directives: "phải" as a consequence, not an obligation', () => {
  it('does not read a hardship forced by circumstances as an order', () => {
    expect(found('Các hộ dân phải lội nước để ra chợ.')).toEqual([]);
    expect(found('Người lao động phải vay nóng để trang trải.')).toEqual([]);
    expect(found('Các công ty phải đối diện với đơn hàng sụt giảm.')).toEqual([]);
  });
  it('does not read a sentence opening on a cause as an order', () => {
    expect(found('Vì ngập sâu, các trường học phải cho học sinh nghỉ.')).toEqual([]);
    expect(found('Do thiếu vốn, doanh nghiệp phải dừng dự án.')).toEqual([]);
  });
  it('still reads "Do đó" (therefore) and an obligation on an addressee as directives', () => {
    expect(found('Do đó, các địa phương phải rà soát lại toàn bộ danh sách.')).toHaveLength(1);
    expect(found('Các cơ sở y tế phải điều chỉnh giá dịch vụ theo quy định.')).toHaveLength(1);
  });
});
