import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe("Vietnamese issuer: a title shortened by dropping the people's committee", () => {
  it('gives "Chủ tịch tỉnh X" and "Chủ tịch UBND tỉnh" to the official the article titled in full', () => {
    expect(
      issuers(
        'Chiều 3/5, Phó Chủ tịch UBND tỉnh Thanh Hóa Mai Văn Lâm kiểm tra đê biển.',
        'Phó Chủ tịch tỉnh Thanh Hóa yêu cầu các xã ven biển gia cố đê trước mùa bão.',
      ),
    ).toEqual(['Mai Văn Lâm']);
    expect(
      issuers(
        'Sáng 2/6, Chủ tịch Ủy ban nhân dân tỉnh Trịnh Văn Hòa đi kiểm tra công trường.',
        'Tại đây, Chủ tịch UBND tỉnh yêu cầu nhà thầu bổ sung nhân lực.',
      ),
    ).toEqual(['Trịnh Văn Hòa']);
  });
  it('does not give a title to an official who holds a different one', () => {
    expect(
      issuers(
        'Chủ tịch HĐND tỉnh Đỗ Văn Nam dự buổi làm việc.',
        'Phó Chủ tịch tỉnh Thanh Hóa yêu cầu các xã ven biển gia cố đê.',
      ),
    ).toEqual(['Phó Chủ tịch tỉnh Thanh Hóa']);
  });
});
