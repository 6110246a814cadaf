import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: a named subject with a time adverbial before its verb', () => {
  it('is the subject, without the time words and not the body named before', () => {
    expect(
      issuers(
        'Liên minh Bắc Hải kêu gọi hai bên đối thoại.',
        'Điện Kremlin ngày 5/4 yêu cầu Ukraine rút quân khỏi các khu vực tranh chấp.',
        'Nhà Trắng hôm qua kêu gọi Quốc hội nhanh chóng thông qua gói viện trợ.',
      ),
    ).toEqual(['Liên minh Bắc Hải', 'Điện Kremlin', 'Nhà Trắng']);
  });
  it('keeps a subject with no time words whole', () => {
    expect(issuers('Lầu Năm Góc yêu cầu các nhà thầu báo cáo tiến độ.')).toEqual(['Lầu Năm Góc']);
  });
});

describe('Vietnamese issuer: a unit named with its number', () => {
  it('is the unit, not the main official of the article', () => {
    expect(
      issuers(
        'Đội Quản lý thị trường số 7 đã yêu cầu chủ hàng xuất trình hóa đơn, chứng từ.',
        'Theo ông Đàm Văn Quế, Cục trưởng Cục Quản lý thị trường tỉnh, các cơ sở kinh doanh phải niêm yết giá.',
      ),
    ).toEqual(['Đội Quản lý thị trường số 7', 'Đàm Văn Quế']);
  });
});
