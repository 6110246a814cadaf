import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

const BEFORE =
  'Công an tỉnh Hòa Sơn đề nghị người dân có thông tin về đối tượng báo ngay cho cơ quan công an.';

describe('Vietnamese issuer: a body that reports its own act, then orders after a comma', () => {
  it('is the issuer even after another body opened a run', () => {
    expect(
      issuers(
        BEFORE,
        'Cơ quan Cảnh sát điều tra Công an TP Bến Lạc đã khởi tố vụ án, đồng thời yêu cầu các ngân hàng phong tỏa tài khoản của các đối tượng.',
      ),
    ).toEqual(['Công an tỉnh Hòa Sơn', 'Cơ quan Cảnh sát điều tra Công an TP Bến Lạc']);
  });
  it('leaves an item of a run that reports nothing with the run', () => {
    expect(
      issuers(
        'Chủ tịch UBND tỉnh Mai Văn Khoa yêu cầu:',
        'Sở Xây dựng kiểm tra các công trình, đồng thời yêu cầu các chủ đầu tư báo cáo trước ngày 5/6.',
      ),
    ).toEqual(['Mai Văn Khoa', 'Mai Văn Khoa']);
  });
  it('is the body that decided, after a comma, while another body opened a run', () => {
    expect(
      issuers(
        'Sở Y tế đề nghị UBND tỉnh chỉ đạo các huyện tăng cường phòng chống dịch.',
        'UBND tỉnh đồng ý với đề xuất của Sở Y tế, giao Sở chủ trì, phối hợp với các huyện triển khai tiêm chủng.',
      ),
    ).toEqual(['Sở Y tế', 'UBND tỉnh']);
  });
});
