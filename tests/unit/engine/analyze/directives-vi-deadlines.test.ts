import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);
const count = (...p: string[]) => directives(run('vi', ...p)).length;

describe('Vietnamese directives: a deadline set on a public addressee', () => {
  it('reads a task with a deadline as an order, with no modal', () => {
    expect(count('Các sở, ngành gửi báo cáo kết quả về UBND tỉnh trước ngày 20/11.')).toBe(1);
    expect(count('Chậm nhất đến ngày 15/3, UBND các huyện hoàn thành việc lập danh sách hộ nghèo.')).toBe(1);
  });
  it('does not read a schedule, or what a firm did by a date, as an order', () => {
    expect(count('Các đơn vị thi công sẽ hoàn thành dự án trước ngày 30/6.')).toBe(0);
    expect(count('Công ty đã bàn giao nhà cho khách hàng trước ngày 30/6.')).toBe(0);
  });
});

describe('Vietnamese directives: the body an article had act', () => {
  it('gives a rule read from a resolution to the council that passed it', () => {
    expect(
      issuers(
        'Hội đồng nhân dân tỉnh vừa thông qua nghị quyết về mức thu học phí năm học 2024-2025.',
        'Theo nghị quyết, các trường công lập không được thu thêm các khoản ngoài quy định.',
      ),
    ).toEqual(['Hội đồng nhân dân tỉnh']);
  });
  it('reads a bare "thành phố" or "Bộ" as the authority of that kind the article named', () => {
    expect(
      issuers(
        'Để phòng chống dịch, UBND thành phố vừa có thông báo tạm dừng các dịch vụ văn hóa.',
        'Trong đó, thành phố yêu cầu tạm dừng đón khách tham quan tại các di tích.',
      ),
    ).toEqual(['UBND thành phố']);
    expect(
      issuers(
        'Bộ Giáo dục và Đào tạo vừa có công văn gửi các sở về kỳ thi tốt nghiệp.',
        'Theo đó, Bộ đề nghị các sở chỉ đạo các trường rà soát hồ sơ dự thi.',
      ),
    ).toEqual(['Bộ Giáo dục và Đào tạo']);
  });
});
