import { describe, expect, it } from 'vitest';
import { directives, officials, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe("Vietnamese issuer: a leader's administration is the body that orders", () => {
  it('names the administration as written', () => {
    expect(issuers('Chính quyền Tổng thống Biden yêu cầu các hãng công nghệ hợp tác điều tra.')).toEqual([
      'Chính quyền Tổng thống Biden',
    ]);
    expect(issuers('Chính quyền ông Biden đề nghị Quốc hội nâng trần nợ.')).toEqual([
      'Chính quyền ông Biden',
    ]);
    expect(issuers('Nội các của Thủ tướng Kishida yêu cầu các bộ chuẩn bị ngân sách bổ sung.')).toEqual([
      'Nội các của Thủ tướng Kishida',
    ]);
  });
  it('keeps the leader as issuer of his own order', () => {
    expect(issuers('Tổng thống Mỹ Joe Biden yêu cầu Quốc hội thông qua gói cứu trợ.')).toEqual(['Joe Biden']);
  });
  it('reads "chính quyền" as a word, not the acting qualifier "quyền" of the title after it', () => {
    const found = officials(run('vi', 'Chính quyền Tổng thống Biden đã ký sắc lệnh mới.'));
    expect(found.map((o) => o.titles)).toEqual([['Tổng thống']]);
    const acting = officials(run('vi', 'Quyền Bộ trưởng Bộ Y tế Đỗ Xuân Tuyên chủ trì cuộc họp.'));
    expect(acting.map((o) => o.name)).toEqual(['Đỗ Xuân Tuyên']);
  });
});
