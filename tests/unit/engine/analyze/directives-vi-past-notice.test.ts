import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const count = (...p: string[]) => directives(run('vi', ...p)).length;
const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);

describe('Vietnamese directives: "đã chỉ đạo" with an addressee reports an order given', () => {
  it('reads a past order to named addressees as a directive', () => {
    expect(
      issuers('Trước tình hình trên, UBND huyện đã chỉ đạo các xã khẩn trương di dời người dân.'),
    ).toEqual(['UBND huyện']);
    expect(count('Sở Nông nghiệp đã kịp thời chỉ đạo Chi cục Thú y lấy mẫu xét nghiệm.')).toBe(1);
  });
  it('still reads "đã chỉ đạo" without an addressee as how the work was managed', () => {
    expect(count('Năm qua, UBND huyện đã chỉ đạo quyết liệt, đồng bộ nhiều giải pháp.')).toBe(0);
    expect(count('Sở Y tế đã chỉ đạo sát sao công tác phòng dịch trong mùa mưa.')).toBe(0);
  });
});

describe('Vietnamese directives: a verb of notice before a report', () => {
  it('does not read a noted fact as an order', () => {
    expect(count('Bộ trưởng Bộ Tài chính lưu ý, các địa phương đã giải ngân chậm trong quý đầu năm.')).toBe(
      0,
    );
    expect(count('Ngân hàng Nhà nước lưu ý rằng lạm phát có thể tăng trong những tháng cuối năm.')).toBe(0);
  });
  it('still reads notice that sets a task, or a "rằng" clause with a modal, as an order', () => {
    expect(count('Bộ trưởng Bộ Tài chính lưu ý các địa phương đẩy nhanh giải ngân vốn đầu tư công.')).toBe(1);
    expect(count('Ngân hàng Nhà nước lưu ý rằng các tổ chức tín dụng phải kiểm soát rủi ro.')).toBe(1);
  });
});

describe('Vietnamese directives: a verb of notice that announces a list with a colon', () => {
  it('hands the items after "nhấn mạnh:" to the speaker', () => {
    const found = directives(
      run(
        'vi',
        'Phát biểu kết luận, Chủ tịch UBND tỉnh Lê Văn Tâm nhấn mạnh:',
        'Các sở, ngành khẩn trương hoàn thiện hồ sơ các dự án trọng điểm.',
        'Kiên quyết thu hồi các dự án chậm tiến độ kéo dài.',
      ),
    );
    expect(found.map((d) => d.issuer)).toEqual(['Lê Văn Tâm', 'Lê Văn Tâm', 'Lê Văn Tâm']);
  });
  it('does not read a report after the colon as an order', () => {
    const found = directives(
      run(
        'vi',
        'Chủ tịch UBND tỉnh Lê Văn Tâm nhấn mạnh:',
        'Năm qua, kinh tế của tỉnh đã tăng trưởng 8%, cao nhất khu vực.',
      ),
    );
    expect(found.map((d) => d.text.slice(0, 12))).not.toContain('Năm qua, kin');
  });
});
