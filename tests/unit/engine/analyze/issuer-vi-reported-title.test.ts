import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: an official reports the order of another office', () => {
  it('is the office the reported clause names, not the speaker', () => {
    expect(
      issuers(
        'Người phát ngôn Phủ Tổng thống Lara Venn cho biết Tổng thống yêu cầu Quốc hội thông qua ngân sách.',
      ),
    ).toEqual(['Tổng thống']);
  });
  it("is the speaker when the reported clause names the speaker's own body or no one", () => {
    expect(issuers('Bộ trưởng Bộ Y tế Đoàn Thị Lụa cho biết bộ đã yêu cầu các bệnh viện báo cáo.')).toEqual([
      'Đoàn Thị Lụa',
    ]);
    expect(issuers('Phó Thủ tướng Kha Văn Nam cho biết đã giao Bộ Tài chính rà soát nguồn vốn.')).toEqual([
      'Kha Văn Nam',
    ]);
  });
});

describe('Vietnamese issuer: a lead that cites who proposed, then the subject that orders', () => {
  it('is the subject after the lead, not the official the lead names', () => {
    expect(
      issuers(
        'Theo đề nghị của Bộ trưởng Bộ Y tế Đàm Hồng Loan, Thủ tướng yêu cầu các địa phương phòng chống dịch.',
      ),
    ).toEqual(['Thủ tướng']);
    expect(
      issuers('Theo chỉ đạo của Chủ tịch UBND tỉnh Lê Văn Bảy, Sở Y tế yêu cầu các bệnh viện bảo đảm thuốc.'),
    ).toEqual(['Sở Y tế']);
  });
  it('keeps an order the lead relays with its source', () => {
    expect(issuers('Theo yêu cầu của Bộ Y tế, các bệnh viện phải báo cáo số ca bệnh hằng ngày.')).toEqual([
      'Bộ Y tế',
    ]);
  });
  it("keeps a title in apposition, closed by a comma, as the person's", () => {
    expect(
      issuers(
        'Bộ trưởng Bộ Y tế Đàm Hồng Loan, Trưởng Ban Chỉ đạo, yêu cầu các địa phương phòng chống dịch.',
      ),
    ).toEqual(['Đàm Hồng Loan']);
  });
});
