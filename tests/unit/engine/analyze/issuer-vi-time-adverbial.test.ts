import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: a time adverbial between a body and its verb is not part of the body', () => {
  it('ends the body before the time adverbial', () => {
    expect(issuers('Bộ Ngoại giao hôm qua yêu cầu các cơ quan đại diện hỗ trợ công dân.')).toEqual([
      'Bộ Ngoại giao',
    ]);
    expect(issuers('Công an TP Hà Nội đêm qua đề nghị người dân không tụ tập đông người.')).toEqual([
      'Công an TP Hà Nội',
    ]);
    expect(
      issuers('Bộ Tài chính trong tuần này đã yêu cầu các tập đoàn báo cáo kết quả kinh doanh.'),
    ).toEqual(['Bộ Tài chính']);
    expect(issuers('Bộ Y tế trong văn bản gửi các tỉnh yêu cầu tăng cường phòng dịch.')).toEqual(['Bộ Y tế']);
    expect(issuers('UBND huyện Bình Chánh trước đây từng yêu cầu các hộ dân di dời.')).toEqual([
      'UBND huyện Bình Chánh',
    ]);
    expect(issuers('Tổ công tác của Chính phủ sau đó đề nghị các địa phương báo cáo.')).toEqual([
      'Tổ công tác của Chính phủ',
    ]);
    expect(issuers('Ban Quản lý dự án đường sắt hiện đã yêu cầu nhà thầu tăng ca.')).toEqual([
      'Ban Quản lý dự án đường sắt',
    ]);
  });
  it('keeps the words a body is named with', () => {
    expect(issuers('Tòa án nhân dân tối cao yêu cầu các tòa án địa phương rà soát các bản án.')).toEqual([
      'Tòa án nhân dân tối cao',
    ]);
    expect(issuers('Văn phòng Điều phối nông thôn mới Trung ương đề nghị các tỉnh báo cáo kết quả.')).toEqual(
      ['Văn phòng Điều phối nông thôn mới Trung ương'],
    );
    expect(issuers('Trung tâm Đổi mới sáng tạo Quốc gia đề nghị các doanh nghiệp đăng ký tham gia.')).toEqual(
      ['Trung tâm Đổi mới sáng tạo Quốc gia'],
    );
    expect(issuers('UBND tỉnh Quảng Nam chiều cùng ngày yêu cầu các sở ngành khắc phục hậu quả.')).toEqual([
      'UBND tỉnh Quảng Nam',
    ]);
    expect(
      issuers('Ban Chỉ đạo thực hiện Đề án 06 yêu cầu các địa phương hoàn thành thu thập dữ liệu.'),
    ).toEqual(['Ban Chỉ đạo thực hiện Đề án 06']);
    expect(
      issuers('Sở Giáo dục và Đào tạo Hà Nội yêu cầu các trường không thu các khoản ngoài quy định.'),
    ).toEqual(['Sở Giáo dục và Đào tạo Hà Nội']);
  });
});
