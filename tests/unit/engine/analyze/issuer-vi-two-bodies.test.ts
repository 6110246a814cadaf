import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: two authorities in one sentence', () => {
  it('is the body that acts, not the one whose proposal it follows joined to it', () => {
    expect(
      issuers(
        'Theo đề nghị của Sở Y tế, UBND tỉnh yêu cầu các bệnh viện bố trí đủ giường bệnh cho bệnh nhân.',
      ),
    ).toEqual(['UBND tỉnh']);
  });
  it('keeps a name a comma runs on through', () => {
    expect(issuers('Bộ Lao động, Thương binh và Xã hội yêu cầu các sở rà soát danh sách hộ nghèo.')).toEqual([
      'Bộ Lao động, Thương binh và Xã hội',
    ]);
  });
});

describe('Vietnamese issuer: a committee named for what it fights, listed with commas', () => {
  const LEAD = 'Đoàn kiểm tra số 4 đề nghị Tỉnh ủy Đông Lâm khắc phục những hạn chế đã chỉ ra.';
  it('is the whole committee, not the body the passage named before', () => {
    expect(
      issuers(
        LEAD,
        'Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực yêu cầu các cơ quan tố tụng đẩy nhanh tiến độ xử lý.',
      ),
    ).toEqual(['Đoàn kiểm tra số 4', 'Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực']);
  });
  it('ends the name on a comma before its verb', () => {
    expect(issuers('Ban Chỉ đạo phòng, chống dịch, yêu cầu các địa phương báo cáo.')).toEqual([
      'Ban Chỉ đạo phòng, chống dịch',
    ]);
  });
});
