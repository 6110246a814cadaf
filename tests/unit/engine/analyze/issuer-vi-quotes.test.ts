import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...p: string[]) => directives(run('vi', ...p)).map((d) => [d.text.slice(0, 12), d.issuer]);

describe('Vietnamese directives in quotes: the speaker named where the quote closes', () => {
  it('gives every sentence of the quote to its speaker, and reads an opening quote mark as no word', () => {
    expect(
      found(
        'Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng làm việc với tỉnh.',
        'Chủ tịch UBND tỉnh Lê Văn Hòa kiểm tra công trường.',
        '“Xã phải bàn giao mặt bằng trong tháng này. Không để nhà thầu chờ đợi”, ông Hòa yêu cầu.',
      ),
    ).toEqual([
      ['“Xã phải bàn', 'Lê Văn Hòa'],
      ['Không để nhà', 'Lê Văn Hòa'],
    ]);
  });
  it('reads "Theo <official>:" before a quote as that official\'s view', () => {
    expect(
      found(
        'Thứ trưởng Bộ Y tế Trần Văn Thuấn dự họp.',
        'Theo Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà: “Các bệnh viện phải sẵn sàng giường bệnh”.',
      ),
    ).toEqual([['Theo Giám đố', 'Trần Thị Nhị Hà']]);
  });
  it("leaves a resident's quote alone", () => {
    expect(found('“Nhà tôi phải dọn đồ lên gác từ tối qua. Nước lên nhanh quá”, bà Lan kể.')).toEqual([]);
  });
});
