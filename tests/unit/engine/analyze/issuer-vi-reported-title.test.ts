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
