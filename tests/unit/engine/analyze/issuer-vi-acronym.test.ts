import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: an organisation named by its initials alone', () => {
  it('is the issuer of its own request', () => {
    expect(issuers('NHNN yêu cầu các tổ chức tín dụng giảm lãi suất cho vay.')).toEqual(['NHNN']);
    expect(
      issuers(
        'Sở GTVT TP.HCM đề nghị các đơn vị thi công hoàn trả mặt bằng.',
        'EVN cũng yêu cầu các công ty điện lực bảo đảm cung cấp điện.',
      ),
    ).toEqual(['Sở GTVT TP.HCM', 'EVN']);
  });
  it('leaves a clause that opens on something else to the speaker before', () => {
    expect(
      issuers(
        'Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên yêu cầu các doanh nghiệp bảo đảm nguồn cung.',
        'Ông cũng đề nghị các địa phương tăng cường kiểm tra.',
      ),
    ).toEqual(['Nguyễn Hồng Diên', 'Nguyễn Hồng Diên']);
  });
});
