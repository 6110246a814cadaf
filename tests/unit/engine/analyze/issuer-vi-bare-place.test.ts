import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: a bare place as the agent is the authority of that level', () => {
  it('does not give the request of a province, district or city to a higher official who spoke last', () => {
    expect(
      issuers(
        'Phó Thủ tướng Lê Minh Khoa làm việc với tỉnh Bình Sơn.',
        'Phó Thủ tướng yêu cầu tỉnh tháo gỡ ngay các vướng mắc về mặt bằng.',
        'Tỉnh kiến nghị Chính phủ bổ sung 1.500 tỷ đồng vốn cho tuyến đường.',
      ),
    ).toEqual(['Lê Minh Khoa', 'Tỉnh']);
    expect(
      issuers(
        'Chủ tịch UBND tỉnh Nguyễn Văn An yêu cầu huyện Bình Sơn khẩn trương di dời dân.',
        'Huyện đề nghị tỉnh hỗ trợ kinh phí di dời.',
      ),
    ).toEqual(['Nguyễn Văn An', 'Huyện']);
    expect(
      issuers(
        'Bộ trưởng Bộ Y tế Đào Hồng Lan yêu cầu thành phố tăng cường giám sát dịch.',
        'Thành phố đề nghị Bộ hỗ trợ vắc xin.',
      ),
    ).toEqual(['Đào Hồng Lan', 'Thành phố']);
  });
  it('keeps the official or body of that level named before', () => {
    expect(
      issuers(
        'Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp và yêu cầu các sở rà soát dự án.',
        'Tỉnh cũng yêu cầu các huyện báo cáo trước ngày 10/3.',
      ),
    ).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An']);
    expect(
      issuers(
        'UBND tỉnh Quảng Nam vừa có văn bản yêu cầu các huyện rà soát.',
        'Tỉnh cũng yêu cầu các chủ đầu tư báo cáo trước ngày 10/3.',
      ),
    ).toEqual(['UBND tỉnh Quảng Nam', 'UBND tỉnh Quảng Nam']);
  });
});
