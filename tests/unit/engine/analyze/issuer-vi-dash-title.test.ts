import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: a title set off by dashes after the name', () => {
  it('gives the order to the person the title belongs to', () => {
    expect(
      issuers('Ông Hà Văn Lộc - Chủ tịch UBND huyện Tân Hòa - yêu cầu các xã gia cố nhà cửa trước 17h.'),
    ).toEqual(['Hà Văn Lộc']);
    expect(
      issuers('Bà Vũ Thị Nhàn – Phó Giám đốc Sở Y tế tỉnh Kon Tum – đề nghị các trạm y tế chuẩn bị thuốc.'),
    ).toEqual(['Vũ Thị Nhàn']);
  });
  it('keeps a title before its verb with no dash as it was', () => {
    expect(issuers('Phó Chủ tịch UBND tỉnh yêu cầu các sở kiểm tra công trình.')).toEqual([
      'Phó Chủ tịch UBND tỉnh',
    ]);
  });
});
