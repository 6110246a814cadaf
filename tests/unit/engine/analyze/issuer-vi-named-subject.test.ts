import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);

describe('Vietnamese issuer: an organisation named as the subject of its own request', () => {
  it('takes the named organisation, not the last speaker of the passage', () => {
    expect(
      issuers(
        'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng đề nghị các địa phương chuẩn bị lực lượng.',
        'Liên đoàn Bóng đá Việt Nam (VFF) yêu cầu các câu lạc bộ nộp hồ sơ cấp phép trước ngày 15/12.',
      ),
    ).toEqual(['Nguyễn Văn Hùng', 'Liên đoàn Bóng đá Việt Nam']);
  });
  it('still carries the speaker where the clause before the verb names no one', () => {
    expect(
      issuers(
        'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng đề nghị các địa phương chuẩn bị lực lượng.',
        'Đồng thời, đề nghị các câu lạc bộ nộp hồ sơ cấp phép trước ngày 15/12.',
      ),
    ).toEqual(['Nguyễn Văn Hùng', 'Nguyễn Văn Hùng']);
  });
});

describe('Vietnamese issuer: an organisation whose name opens on a verb-like word', () => {
  const BEFORE = 'Ngoại trưởng Nga Pavel Orlov kêu gọi các nước tăng cường hợp tác.';
  it('is the organisation, not the run the last speaker opened', () => {
    expect(
      directives(
        run('vi', BEFORE, 'Tổ chức Y tế Thế giới (WHO) khuyến cáo các nước tăng cường giám sát dịch bệnh.'),
      ).map((d) => d.issuer),
    ).toEqual(['Pavel Orlov', 'Tổ chức Y tế Thế giới']);
  });
  it('keeps a run item that opens on the verb with the run', () => {
    expect(
      directives(
        run(
          'vi',
          'Bộ trưởng Hà Văn Tín yêu cầu:',
          'Tổ chức tốt Đại hội và kiến nghị Trung ương các vấn đề phát sinh.',
        ),
      ).map((d) => d.issuer),
    ).toEqual(['Hà Văn Tín', 'Hà Văn Tín']);
  });
});
