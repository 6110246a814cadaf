import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: "Theo <body>, ... phải" is the body\'s obligation', () => {
  it('gives the obligation to the body, or to the body its representative speaks for', () => {
    expect(issuers('Theo Sở Y tế TP.HCM, các bệnh viện phải bảo đảm đủ giường bệnh.')).toEqual([
      'Sở Y tế TP.HCM',
    ]);
    expect(issuers('Theo đại diện Cục Quản lý thị trường, các cửa hàng phải niêm yết giá.')).toEqual([
      'Cục Quản lý thị trường',
    ]);
    expect(issuers('Theo lãnh đạo UBND quận 1, các hộ kinh doanh phải tháo dỡ mái che lấn chiếm.')).toEqual([
      'UBND quận 1',
    ]);
  });
  it('takes no report or figure a body is cited for', () => {
    expect(issuers('Theo Sở Y tế TP.HCM, các bệnh viện đã tiếp nhận 200 ca mắc trong tuần.')).toEqual([]);
    expect(issuers('Theo Tổng cục Thống kê, CPI tháng 3 tăng 0,5%.')).toEqual([]);
    expect(issuers('Theo các chuyên gia, người dân cần hạn chế ra đường.')).toEqual([]);
  });
});

describe('Vietnamese issuer: "Theo <body>, ... cần" going on with an earlier order', () => {
  const BEFORE = 'Cục Quản lý Dược yêu cầu các cơ sở thu hồi lô thuốc kém chất lượng.';
  it('is the body the lead cites, not the body that spoke last', () => {
    expect(issuers(BEFORE, 'Theo Bộ Y tế, người dân cần đeo khẩu trang khi đến nơi đông người.')).toEqual([
      'Cục Quản lý Dược',
      'Bộ Y tế',
    ]);
  });
  it('stays no directive alone', () => {
    expect(issuers('Theo Bộ Y tế, người dân cần đeo khẩu trang khi đến nơi đông người.')).toEqual([]);
  });
});
