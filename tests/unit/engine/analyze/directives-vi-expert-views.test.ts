import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const count = (...p: string[]) => directives(run('vi', ...p)).length;

describe('Vietnamese directives: an expert or a private party says what others must do', () => {
  it('does not read their view as an order', () => {
    expect(
      count('Luật sư Phạm Văn Hòa cho biết, cơ quan chức năng cần làm rõ trách nhiệm của chủ đầu tư.'),
    ).toBe(0);
    expect(count('TS Lê Minh Hải cho rằng Nhà nước cần có chính sách hỗ trợ doanh nghiệp nhỏ.')).toBe(0);
    expect(count('Bà Trần Thị Mai, một phụ huynh, cho rằng nhà trường cần công khai các khoản thu.')).toBe(0);
    expect(count('Theo luật sư, các cơ quan chức năng phải sớm vào cuộc xử lý.')).toBe(0);
  });
  it('does not read "Luật sư" as a law that frames a modal', () => {
    expect(count('Luật sư của bị cáo phải có mặt tại phiên tòa sáng mai.')).toBe(0);
  });
  it("still reads a rule an expert cites, and an authority's view, as an obligation", () => {
    expect(
      count('Luật sư Phạm Văn Hòa cho biết, theo Nghị định 100, người điều khiển xe phải có bằng lái.'),
    ).toBe(1);
    expect(count('Bộ trưởng Bộ Tài chính Lê Văn Bình cho rằng các địa phương cần đẩy nhanh giải ngân.')).toBe(
      1,
    );
  });
});
