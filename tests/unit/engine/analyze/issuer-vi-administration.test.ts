import { describe, expect, it } from 'vitest';
import { directives, officials, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe("Vietnamese issuer: a leader's administration is the body that orders", () => {
  it('names the administration as written', () => {
    expect(issuers('Chính quyền Tổng thống Karvell yêu cầu các hãng công nghệ hợp tác điều tra.')).toEqual([
      'Chính quyền Tổng thống Karvell',
    ]);
    expect(issuers('Chính quyền ông Karvell đề nghị Quốc hội nâng trần nợ.')).toEqual([
      'Chính quyền ông Karvell',
    ]);
    expect(issuers('Nội các của Thủ tướng Morikawa yêu cầu các bộ chuẩn bị ngân sách bổ sung.')).toEqual([
      'Nội các của Thủ tướng Morikawa',
    ]);
  });
  it('keeps the leader as issuer of his own order', () => {
    expect(issuers('Tổng thống Mỹ Tom Karvell yêu cầu Quốc hội thông qua gói cứu trợ.')).toEqual([
      'Tom Karvell',
    ]);
  });
  it('reads "chính quyền" as a word, not the acting qualifier "quyền" of the title after it', () => {
    const found = officials(run('vi', 'Chính quyền Tổng thống Karvell đã ký sắc lệnh mới.'));
    expect(found.map((o) => o.titles)).toEqual([['Tổng thống']]);
    const acting = officials(run('vi', 'Quyền Bộ trưởng Bộ Y tế Đỗ Văn Khải chủ trì cuộc họp.'));
    expect(acting.map((o) => o.name)).toEqual(['Đỗ Văn Khải']);
  });
});
