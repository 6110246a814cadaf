import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

const texts = (...p: string[]) => figures(run('vi', ...p)).map((f) => f.text);
const dates = (...p: string[]) => figures(run('vi', ...p)).map((f) => [f.text, f.value]);

describe('Vietnamese figures: dates written with words', () => {
  it('reads a quarter, a month or a day-month completed by "năm ..."', () => {
    expect(dates('Doanh thu quý 2 năm 2025 tăng; tháng 7 năm nay giảm; từ 15/8 năm nay áp dụng.')).toEqual([
      ['quý 2 năm 2025', '2025-Q2'],
      ['tháng 7 năm nay', '--07'],
      ['15/8 năm nay', '--08-15'],
    ]);
  });
  it('reads the formal "ngày D tháng M năm YYYY" as one date', () => {
    expect(dates('Ký ngày 9 tháng 5 năm 2023 tại Hà Nội.')).toEqual([
      ['ngày 9 tháng 5 năm 2023', '2023-05-09'],
    ]);
  });
  it('reads a hyphenated day-month after a date lead, and a range without one', () => {
    expect(dates('Sáng mai 12-11, đoàn lên đường; công trình xong ngày 30-4-2019.')).toEqual([
      ['Sáng mai 12-11', '--11-12'],
      ['ngày 30-4-2019', '2019-04-30'],
    ]);
    expect(texts('Mỗi tổ có 6-8 người.')).toEqual(['6-8 người']);
  });
  it('reads "T9/2026" as a month but not a terminal named "T2"', () => {
    expect(texts('Nhà ga T2 mở lại trong T9/2026.')).toEqual(['T9/2026']);
  });
});

describe('Vietnamese figures: amounts', () => {
  it('reads both amounts of "X tỷ đồng/Y tỷ đồng"', () => {
    expect(texts('Đã giải ngân 120 tỷ đồng/150,5 tỷ đồng.')).toEqual(['120 tỷ đồng', '150,5 tỷ đồng']);
  });
  it('opens a range with its unit on both ends at "từ"', () => {
    expect(texts('Thời hạn từ 12 tháng đến 24 tháng.')).toEqual(['từ 12 tháng', '24 tháng']);
  });
});

describe('Vietnamese figures: identifiers and page furniture', () => {
  it('skips numbered hamlets, wards, roads, doses and pictures', () => {
    expect(texts('Người dân thôn 4 và tổ dân phố 7, phường 2 đi theo quốc lộ 9 và Vành đai 3.')).toEqual([]);
    expect(texts('Đã tiêm mũi 3 cho 500 người. Ảnh 2: Lễ ra quân.')).toEqual(['500 người']);
  });
  it('skips roads named by number, pricing regions and a time zone', () => {
    expect(texts('Xe đi theo Đê 215 và Đường 2/9; giá xăng vùng 2 tăng 300 đồng.')).toEqual(['300 đồng']);
    expect(texts('Cập nhật 10:30 (GMT+7)')).toEqual(['10:30']);
    expect(texts('Con đường 5 km.')).toEqual(['5 km']);
  });
  it('reads no function word after a month as a counted noun', () => {
    expect(texts('Ông nhậm chức vào tháng 8 cùng năm.')).not.toContain('8 cùng');
  });
  it('skips the numbers listed after an identifier', () => {
    expect(texts('Khai thác bến số 5, 6 và 7 cho 300 tàu.')).toEqual(['300 tàu']);
    expect(texts('Gọi đường dây nóng 1800 6789 để báo tin.')).toEqual([]);
  });
  it('skips a committee named by number but not a count after the verb "chỉ đạo"', () => {
    expect(texts('Ban Chỉ đạo 127 họp; tỉnh chỉ đạo 3 huyện.')).toEqual(['3 huyện']);
  });
  it('skips "ago" times and view counts closing a line, not times in a sentence', () => {
    expect(texts('Tin mới 3 giờ trước', 'Bài có 5.210 lượt xem')).toEqual([]);
    expect(texts('Ông đến 2 giờ trước khi họp.')).toEqual(['2 giờ']);
  });
});
