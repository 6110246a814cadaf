import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

const vi = (...p: string[]) => figures(run('vi', ...p)).map((f) => f.text);
const en = (...p: string[]) => figures(run('en', ...p)).map((f) => f.text);

describe('figures: phone numbers in their usual groupings', () => {
  it('skips trunk, area-code and service numbers', () => {
    expect(vi('Gọi (028) 3829 5678 hoặc 028.3829.5678 để được giúp.')).toEqual([]);
    expect(vi('Đường dây nóng: 1900 1234, tổng đài: 18001234.')).toEqual([]);
    expect(vi('Số máy 0987 654 321 đã bị khóa sau 3 ngày.')).toEqual(['3 ngày']);
    expect(en('Call +44 20 7946 0958 for details.')).toEqual([]);
  });
  it('still reads a decimal that starts with zero and a year after a service-like number', () => {
    expect(vi('Lãi suất giảm 0,25 điểm phần trăm.')).toEqual(['0,25 điểm phần trăm']);
    expect(vi('Dân số năm 1900 là 13 triệu người.')).toEqual(['năm 1900', '13 triệu người']);
  });
});

describe('figures: numbers that end a name', () => {
  it('skips a number after a capitalised name mid-sentence', () => {
    expect(vi('Người dùng đã cài Android 14 và bản iOS 18.1 trên máy.')).toEqual([]);
    expect(vi('Nước chủ nhà của SEA Games 33 tổ chức lễ bốc thăm.')).toEqual([]);
    expect(en('The update ships with Windows 12 and a new browser.')).toEqual([]);
    expect(vi('Máy chạy Android 14 và 15 triệu người dùng đã cập nhật.')).toEqual(['15 triệu người']);
  });
  it('keeps counts, units and years after a capitalised word', () => {
    expect(vi('Thủ tướng Nhật Bản Kishida 72 giờ trước đã đến.')).toEqual(['72 giờ']);
    expect(vi('Cổ phiếu HPG tăng 3% lên 27.500 đồng; Festival Huế 2026 diễn ra.')).toEqual([
      '3%',
      '27.500 đồng',
      '2026',
    ]);
    expect(vi('Khoảng 500 người tham dự.')).toEqual(['500 người']);
  });
  it('skips military units, hospitals and versions named by number', () => {
    expect(vi('Lãnh đạo Quân khu 9 và Sư đoàn 330 thăm bệnh viện 175 tổ chức lễ.')).toEqual([]);
    expect(vi('Ứng dụng có phiên bản 5 mới, tải về trong 2 phút.')).toEqual(['2 phút']);
  });
  it('skips a house number before a street named for a person', () => {
    expect(vi('Vụ cháy xảy ra tại 47 Trần Phú, phường 3; ở 12/5 Hàng Gai có 4 người.')).toEqual(['4 người']);
    expect(vi('Đoàn làm việc tại 3 tỉnh, gồm 2 Phó Chủ tịch.')).toEqual(['3 tỉnh', '2']);
  });
  it('skips a document number whose kind went unwritten ("15/2020"), not a month and year', () => {
    expect(vi('Văn bản hợp nhất 21/2022 quy định rõ; từ 3/2023 áp dụng.')).toEqual(['3/2023']);
  });
});

describe('figures: the numbers of items, parts and markers', () => {
  it('skips a list item number opening a line, and "(2)" in a sentence', () => {
    expect(vi('Kết luận nêu:\n1. Rà soát 15 dự án.\n2) Báo cáo trước ngày 20/5.')).toEqual([
      '15 dự án',
      'ngày 20/5',
    ]);
    expect(vi('Gồm (1) hạ tầng và (2) nhân lực cho 3 năm.')).toEqual(['3 năm']);
    expect(vi('Nhiệm vụ: 1. Rà soát 12 dự án; 2. Báo cáo trước 30/6.')).toEqual(['12 dự án', '30/6']);
    expect(
      vi('1/ Tăng cường kiểm tra.', '2- Đẩy mạnh tuyên truyền.', '1 - 2 tỷ USD là mức dự kiến.'),
    ).toEqual(['1 - 2 tỷ USD']);
    expect(vi('22.4 là ngày khởi công.')).toEqual(['22.4']);
  });
  it('skips the part number of a series opening its line, not a count after "Bài"', () => {
    expect(vi('Kỳ 3 - Bài toán nhân lực cho 5 năm', 'Bài 2: Khoảng trống pháp lý')).toEqual(['5 năm']);
    expect(vi('Bài 2 tuần trước đã nêu.')).toEqual(['2 tuần']);
  });
  it('skips tables, appendices, sections and road markers, not a count after "danh mục"', () => {
    expect(vi('Bảng 2 và Phụ lục 4 nêu, Mục 5 quy định; xe dừng tại Km 17+300.')).toEqual([]);
    expect(vi('Trong danh mục 9 dự án có 2 dự án lớn.')).toEqual(['9 dự án', '2 dự án']);
  });
  it('reads a score after "tỷ số" as a figure', () => {
    expect(vi('Trận đấu kết thúc với tỷ số 2-1.').length).toBe(1);
  });
});

describe('figures: document numbers written in lower case', () => {
  it('skips the number of a decree or circular named in lower case, not a count after the verb "quyết định"', () => {
    expect(vi('Theo nghị quyết 21 và thông tư 12, tỉnh quyết định 3 dự án.')).toEqual(['3 dự án']);
  });
});

describe('figures: versions, pages and codes', () => {
  it('skips "4.0" as a Vietnamese version, not an English decimal', () => {
    expect(vi('Kinh tế số trong kỷ nguyên công nghiệp 4.0 tăng 7,5%.')).toEqual(['7,5%']);
    expect(en('Growth slowed to 2.0 percent.')).toEqual(['2.0 percent']);
  });
  it('skips a page number and a zero-led code, not a decimal below one', () => {
    expect(vi('Xem trang 12; mã hồ sơ 004512 nộp sau 0,5 ngày.')).toEqual(['0,5 ngày']);
  });
  it('skips a named work followed by what it does ("Cầu Rạch Miễu 2 khởi công")', () => {
    expect(vi('Năm nay, cầu Rạch Miễu 2 khởi công với vốn 5.000 tỷ đồng.')).toEqual(['5.000 tỷ đồng']);
  });
});

describe('figures: scale words written against the number', () => {
  it('reads "£1.7billion" and "€642million" as money, and keeps codes glued to letters out', () => {
    expect(en('The bill rose to £1.7billion, then €642million more; the A380 landed.')).toEqual([
      '£1.7billion',
      '€642million',
    ]);
    expect(vi('Giá vé tăng thêm 2triệu đồng.')).toEqual(['2triệu đồng']);
  });
});

describe('figures: page counters, copyright and time zones', () => {
  it('skips view, comment and share counters and a copyright year', () => {
    expect(vi('Lượt xem: 2.468', 'Bình luận (37)', '58 bình luận', '© 2025 Báo Điện tử')).toEqual([]);
    expect(vi('Bài có 58 bình luận của bạn đọc trong 2 ngày.')).toEqual(['58 bình', '2 ngày']);
    expect(vi('Chia sẻ 3 bí quyết tiết kiệm điện.', 'Lượt xem: 1.024 | Bình luận: 6')).toEqual(['3 bí']);
  });
  it('keeps the whole "+07:00" offset out of a dateline', () => {
    expect(vi('15/08/2025 09:20 (GMT+07:00)')).toEqual(['15/08/2025', '09:20']);
  });
});

describe('figures: codes and round-the-clock hours', () => {
  it('skips the number of a code written with a space beside its hyphen', () => {
    expect(vi('Dịch Covid - 19 bùng phát, sau đó COVID -19 lan rộng.')).toEqual([]);
    expect(vi('Biến chủng của SARS-CoV - 2 lây nhanh hơn 2 lần.')).toEqual(['2 lần']);
  });
  it('keeps an age, a place count and a range written with a spaced dash', () => {
    expect(vi('Chị Lan - 38 tuổi, được cứu.')).toEqual(['38 tuổi']);
    expect(vi('Đà Nẵng - 12 người nhập viện; giá giảm 10 - 15%.')).toEqual(['12 người', '10 - 15%']);
  });
  it('skips "24/24" that means all day, keeps it as a count of things', () => {
    expect(vi('Tổ công tác trực 24/24 giờ, bệnh viện trực 24/24h và cấp cứu 24/24.')).toEqual([]);
    expect(vi('Có 24/24 phường đã hoàn thành.')).toEqual(['24/24 phường']);
  });
  it("reads a price moving after a grade name as the name's, not a count", () => {
    expect(vi('Giá xăng RON 95 tăng 300 đồng, dầu diesel giảm.')).toEqual(['300 đồng']);
    expect(vi('Cổ phiếu VIC tăng 2%.')).toEqual(['2%']);
    expect(vi('Giá xăng RON 92 chưa được điều chỉnh; có 4 chưa đạt.')).toEqual(['4']);
  });
});
