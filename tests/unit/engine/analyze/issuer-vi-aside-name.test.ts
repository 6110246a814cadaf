import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

const BEFORE =
  'Bà Khúc Thị Loan, Phó Chủ tịch UBND tỉnh Đông Lâm, đề nghị các chủ đầu tư khẩn trương triển khai dự án.';

describe('Vietnamese issuer: a name with its title in brackets or between dashes', () => {
  it('is the person named, not the last speaker nor the title text', () => {
    expect(
      issuers(
        BEFORE,
        'Ông Tạ Văn Tuấn (Chủ tịch UBND xã Tân Hòa) yêu cầu các thôn báo cáo số hộ bị thiệt hại.',
      ),
    ).toEqual(['Khúc Thị Loan', 'Tạ Văn Tuấn']);
    expect(
      issuers(
        'Chủ tịch UBND huyện Mộc Lâm - ông Lò Văn Sơn - yêu cầu các xã không để người dân qua ngầm tràn.',
      ),
    ).toEqual(['Lò Văn Sơn']);
  });
  it('leaves an aside that holds no title as it was', () => {
    expect(issuers('Bộ Y tế (BYT) yêu cầu các bệnh viện báo cáo số ca bệnh.')).toEqual(['Bộ Y tế']);
  });
});
