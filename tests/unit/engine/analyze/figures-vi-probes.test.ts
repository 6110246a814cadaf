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

describe('Vietnamese figures: a member of a numbered series', () => {
  it('reads no amount in "đợt 2", "giai đoạn 1", "Vòng 3" before a verb, a function word or a stop', () => {
    expect(texts('Đợt 2 diễn ra vào cuối tháng.')).toEqual([]);
    expect(texts('Sang giai đoạn 2, dự án cần thêm vốn.')).toEqual([]);
    expect(texts('Nhóm 1 gồm các tỉnh miền núi; các đô thị loại 1 phải có 500.000 dân.')).toEqual([
      '500.000 dân',
    ]);
    expect(texts('Tập 5 của phim lên sóng tối nay.')).toEqual([]);
  });
  it('still counts the noun after a series word, and reads years and ranges after it', () => {
    expect(texts('Hội nghị của nhóm 50 nước kéo dài trong vòng 14 ngày.')).toEqual(['50 nước', '14 ngày']);
    expect(texts('Giai đoạn 2021-2025, tỉnh thu 20.000 tỷ đồng.')).toEqual(['2021-2025', '20.000 tỷ đồng']);
    expect(texts('Chi phí tăng 1,5 lần; mỗi tuần kiểm tra 2 lần.')).toEqual(['1,5 lần', '2 lần']);
  });
});

describe('Vietnamese figures: words that count nothing', () => {
  it('reads no "hằng" or "mỗi" after a number as its counted noun', () => {
    expect(texts('Mùa bão kéo dài từ tháng 9 - 12 hằng năm.')).toEqual(['9 - 12']);
    expect(texts('Giá 5.000 đồng mỗi kg.')).toEqual(['5.000 đồng']);
  });
});

describe('Vietnamese figures: documents named by a number', () => {
  it('reads no amount in "Kế hoạch 45", "Văn bản 1234" named with no code', () => {
    expect(texts('Theo Kế hoạch 45 của UBND tỉnh, các huyện hoàn thành trước 30/6.')).toEqual(['30/6']);
    expect(texts('Văn bản 1234 của Sở Tài chính gửi các huyện.')).toEqual([]);
  });
  it('still counts the period of a plan or a report, and its year', () => {
    expect(texts('Kế hoạch 5 năm 2021-2025 đặt mục tiêu 7%.')).toEqual(['5 năm', '2021-2025', '7%']);
    expect(texts('Báo cáo 6 tháng đầu năm; Kế hoạch 2025 của tỉnh.')).toEqual(['6 tháng', '2025']);
  });
  it('reads an amount after an identifier and a comma as a figure, not a listed identifier', () => {
    expect(texts('Theo Đề án 06, 100% người dân được cấp căn cước.')).toEqual(['100%']);
    expect(texts('Theo Quyết định 1234/QĐ-UBND, 15 hộ được hỗ trợ.')).toEqual(['15 hộ']);
    expect(texts('Theo khoản 2 Điều 5, 3 người bị phạt.')).toEqual(['3 người']);
  });
  it('still skips listed identifiers', () => {
    expect(texts('Người dân thôn 3, 4 xã Tân Phú bị ngập.')).toEqual([]);
    expect(texts('Khoản 1, 2 Điều 3 quy định rõ.')).toEqual([]);
  });
});

describe('Vietnamese figures: places named after a date', () => {
  it('reads no date in the name of a park, a street, a school or a bridge', () => {
    expect(texts('Công viên 23/9 sẽ được cải tạo với kinh phí 50 tỷ đồng.')).toEqual(['50 tỷ đồng']);
    expect(texts('Xe chạy trên đường 3/2 rồi qua Cầu 2/9 và Quảng trường 30/4.')).toEqual([]);
    expect(texts('Trường THPT 19/5 có 1.200 học sinh.')).toEqual(['1.200 học sinh']);
  });
  it('still reads a date after a common noun, or a full date', () => {
    expect(texts('Thị trường 30/4 ghi nhận giá vàng tăng; nhu cầu dịp 2/9 tăng.')).toEqual(['30/4', '2/9']);
    expect(texts('Trên đường 30/4/2024 có 2 vụ tai nạn.')).toEqual(['30/4/2024', '2 vụ']);
  });
});

describe('Vietnamese figures: square and cubic metres', () => {
  it('keeps the power digit of m2, km2 and m3 in the unit, spaced or per unit', () => {
    expect(texts('Lô đất 100 m2, hồ chứa 300 m3, rừng 5 km2.')).toEqual(['100 m2', '300 m3', '5 km2']);
    expect(texts('Giá thuê 45 USD/m2/tháng, bán 60 triệu đồng/m2.')).toEqual([
      '45 USD/m2/tháng',
      '60 triệu đồng/m2',
    ]);
  });
  it('still reads metres and kilometres', () => {
    expect(texts('Cao 5 m, dài 20 km; xe chạy 60 km/h.')).toEqual(['5 m', '20 km', '60 km/h']);
  });
});

describe('Vietnamese figures: numbers written as words with a scale', () => {
  const found = (...p: string[]) => figures(run('vi', ...p)).map((f) => [f.text, f.value]);
  it('reads a number word tied to a scale, with its unit or noun', () => {
    expect(found('Khoảng hai triệu người dân bị ảnh hưởng; dự án có vốn ba nghìn tỷ đồng.')).toEqual([
      ['hai triệu người dân', 2e6],
      ['ba nghìn tỷ đồng', 3e12],
    ]);
    expect(found('Hơn hai mươi lăm nghìn người tham dự.')).toEqual([['hai mươi lăm nghìn người', 25e3]]);
  });
  it('reads no number word alone, no vague amount, and no "tỷ lệ"', () => {
    expect(texts('Ông làm việc ở đây ba năm; hàng triệu người xem; vài trăm người đến.')).toEqual([]);
    expect(texts('Chỉ một tỷ lệ nhỏ người dân phản đối.')).toEqual([]);
  });
});
