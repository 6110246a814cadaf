import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: a body named after the office it serves', () => {
  it('is the body, not the title inside its name or a holder of that title', () => {
    expect(
      issuers(
        'Ban Bí thư yêu cầu các cấp ủy tập trung lãnh đạo công tác phòng, chống tham nhũng.',
        'Phát biểu tại hội nghị, đồng chí Lò Thị Hạnh, Bí thư Tỉnh ủy Sơn Hà, yêu cầu các huyện tập trung thực hiện nhiệm vụ.',
      ),
    ).toEqual(['Ban Bí thư', 'Lò Thị Hạnh']);
    expect(issuers('Văn phòng Chủ tịch nước đề nghị các cơ quan gửi hồ sơ trước ngày 10/12.')).toEqual([
      'Văn phòng Chủ tịch nước',
    ]);
  });
  it('keeps a title that holds the body name as a title', () => {
    expect(issuers('Thường trực Ban Bí thư yêu cầu các cấp ủy quán triệt nghị quyết.')).toEqual([
      'Thường trực Ban Bí thư',
    ]);
  });
});

describe('Vietnamese issuer: a department or command named with a title word', () => {
  it('is the body, not the title inside its name', () => {
    expect(
      issuers('Cục Lãnh sự (Bộ Ngoại giao) đề nghị người dân cân nhắc kỹ trước khi đi du lịch.'),
    ).toEqual(['Cục Lãnh sự']);
    expect(issuers('Bộ Tư lệnh Vùng Cảnh sát biển 4 yêu cầu các tàu tăng cường tuần tra.')).toEqual([
      'Bộ Tư lệnh Vùng Cảnh sát biển 4',
    ]);
  });
});
