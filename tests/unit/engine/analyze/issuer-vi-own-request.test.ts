import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);
const police = 'Phòng Cảnh sát giao thông Công an TP.HCM yêu cầu các tài xế chấp hành nghiêm quy định.';

describe('Vietnamese issuer: an organisation named before its own request', () => {
  it('reads a division named with "Phòng" as a body', () => {
    expect(issuers(police)).toEqual(['Phòng Cảnh sát giao thông Công an TP.HCM']);
  });
  it('is no item of the run an earlier request opened', () => {
    expect(issuers(police, 'Trường THPT Nguyễn Du yêu cầu học sinh đến trường trước 7h.')).toEqual([
      'Phòng Cảnh sát giao thông Công an TP.HCM',
      'Trường THPT Nguyễn Du',
    ]);
    expect(
      issuers(police, 'Bệnh viện Chợ Rẫy đề nghị người nhà bệnh nhân không tụ tập tại hành lang.'),
    ).toEqual(['Phòng Cảnh sát giao thông Công an TP.HCM', 'Bệnh viện Chợ Rẫy']);
  });
  it('stays an item of a task list a colon announced', () => {
    expect(
      issuers(
        'Kết luận cuộc họp, Phó Chủ tịch UBND TP Dương Đức Tuấn yêu cầu:',
        'Sở Y tế Hà Nội đề nghị các bệnh viện chuẩn bị đủ giường bệnh.',
      ),
    ).toEqual(['Dương Đức Tuấn', 'Dương Đức Tuấn']);
  });
});
