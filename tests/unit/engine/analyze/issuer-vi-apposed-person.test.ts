import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

const LATER = 'Bộ trưởng Công an Lạc Tam Quân yêu cầu lực lượng công an đấu tranh với tội phạm lừa đảo.';

describe('Vietnamese issuer: a person named with an apposition before a request', () => {
  it('is that person, not the main official of the article', () => {
    expect(
      issuers(
        'PGS.TS Đào Xuân Khôi, Giám đốc Bệnh viện Đông Lâm, yêu cầu các khoa bảo đảm đủ thuốc, vật tư.',
        LATER,
      ),
    ).toEqual(['Đào Xuân Khôi', 'Lạc Tam Quân']);
  });
  it('leaves a place with an apposition as it was', () => {
    expect(
      issuers(LATER, 'Đông Lâm, tỉnh có nhiều vụ lừa đảo nhất, đề nghị Bộ Công an hỗ trợ điều tra.').at(-1),
    ).not.toBe('Đông Lâm');
  });
});

describe('Vietnamese issuer: a post, then the person holding it, before a request', () => {
  it('is that person, not the body that spoke before', () => {
    expect(
      issuers(
        'Sở GD-ĐT tỉnh Đông Lâm yêu cầu các trường tổ chức kiểm tra học kỳ đúng kế hoạch.',
        'Hiệu trưởng Trường THPT Tân Lập, bà Khổng Thị Hạnh, yêu cầu giáo viên không dạy thêm trái quy định.',
      ),
    ).toEqual(['Sở GD-ĐT tỉnh Đông Lâm', 'Khổng Thị Hạnh']);
  });
});
