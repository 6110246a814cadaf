import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

const vi = (...p: string[]) => figures(run('vi', ...p)).map((f) => f.text);

describe('Vietnamese figures: a number after a noun that labels one of a series', () => {
  it('skips a case number, a grade, a work item, a building, a gate or a carriage', () => {
    expect(vi('Bệnh nhân 91 đã được xuất viện hôm qua.')).toEqual([]);
    expect(vi('Học sinh khối 10 có 500 em dự thi.')).toEqual(['500 em']);
    expect(vi('Hạng mục 2 và gói thầu 15 được khởi công.')).toEqual([]);
    expect(vi('Khách ở tòa 2, căn hộ 1205, ra cổng 3 rồi lên toa 5.')).toEqual([]);
  });
  it('skips a land parcel, a map sheet, a line, a zone and serial numbers', () => {
    expect(vi('Thửa đất 45 thuộc tờ bản đồ 7 ở khu vực 1.')).toEqual([]);
    expect(vi('Xe tuyến buýt 18 và tổ máy 2 dừng hoạt động.')).toEqual([]);
    expect(vi('Thí sinh có số báo danh 203456 đạt 27 điểm; mã số thuế 310123456 bị khóa.')).toEqual([
      '27 điểm',
    ]);
    expect(vi('Chiếc tàu mang số hiệu 71234 bị tạm giữ.')).toEqual([]);
  });
  it('keeps an area or a length after those nouns', () => {
    expect(vi('Thửa đất 2 ha nằm trên tuyến 12 km.')).toEqual(['2 ha', '12 km']);
  });
  it('keeps a count written before the noun, and a bloc larger than any school grade', () => {
    expect(vi('Có 3 bệnh nhân đã khỏi bệnh.')).toEqual(['3 bệnh nhân']);
    expect(vi('Khối 27 nước thành viên họp tại Brussels.')).toEqual(['27 nước']);
  });
  it('keeps a measure, an age or a price that describes the labelled noun', () => {
    expect(vi('Một bệnh nhân 45 tuổi nhập viện.')).toEqual(['45 tuổi']);
    expect(vi('Anh mua căn hộ 3 tỷ đồng ở tòa 30 tầng.')).toEqual(['3 tỷ đồng', '30 tầng']);
    expect(vi('Khoản 10 tỷ đồng được giải ngân theo khoản 2 Điều 5.')).toEqual(['10 tỷ đồng']);
  });
});

describe('Vietnamese figures: phone numbers printed with hidden digits', () => {
  it('skips the number whole, whatever marks hide its middle', () => {
    expect(vi('Người gọi dùng số 0123***456 và 0912.xxx.xxx để dụ nạn nhân.')).toEqual([]);
    expect(vi('Tin nhắn đến từ thuê bao 0988 *** 123 lúc 9h.')).toEqual(['9h']);
  });
  it('still reads an amount that starts with zero', () => {
    expect(vi('Phí tăng 0,5 triệu đồng, tức 0,25%.')).toEqual(['0,5 triệu đồng', '0,25%']);
  });
});

describe('Vietnamese figures: a craft named by a code and a number', () => {
  it('skips a patrol boat, an aircraft model or a fishing registration', () => {
    expect(vi('Tàu CSB 2012 truy đuổi, tàu KN 390 hỗ trợ.')).toEqual([]);
    expect(vi('Trực thăng Mi 171 cất cánh; tàu cá KH - 95012 TS bỏ chạy.')).toEqual([]);
  });
  it('keeps a tonnage after the name, a year without a code, and a count of craft', () => {
    expect(vi('Tàu Hải Phòng 3.000 tấn cập bến; năm 2012 có 5 tàu cá.')).toEqual([
      '3.000 tấn',
      'năm 2012',
      '5 tàu',
    ]);
  });
});

describe('Vietnamese figures: a knockout round named by a fraction', () => {
  it('skips "vòng 1/8" but keeps a date written the same way after "ngày"', () => {
    expect(vi('Đội nhà vào vòng 1/8, trận lượt đi diễn ra ngày 1/8.')).toEqual(['ngày 1/8']);
    expect(vi('Lễ bốc thăm vòng 1/16 có 32 đội.')).toEqual(['32 đội']);
  });
});

describe('Vietnamese figures: headings of enumerated items and round-the-clock service', () => {
  it('skips the number of a group, a question or an option heading its line', () => {
    expect(vi('Nhóm 1: Hà Nội, Huế.\nNhóm 2: Đà Nẵng.')).toEqual([]);
    expect(vi('Câu 3: Tính diện tích.\nPhương án 2: tăng giá 5%.')).toEqual(['5%']);
  });
  it('skips "24/7" after a verb of service but keeps the 24th of July after a lead', () => {
    expect(vi('Tổng đài hỗ trợ 24/7 và lực lượng trực 24/7 tại chốt.')).toEqual([]);
    expect(vi('Ngày 24/7, đoàn làm việc tại tỉnh.')).toEqual(['Ngày 24/7']);
  });
});
