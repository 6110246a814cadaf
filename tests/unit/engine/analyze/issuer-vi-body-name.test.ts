import { describe, expect, it } from 'vitest';
import { bodyBefore } from '../../../../src/engine/lang/vi/body';

describe('Vietnamese body issuer: the name ends where its predicate starts', () => {
  it('cuts a modal or a coordinating role off the body', () => {
    expect(bodyBefore('Bộ Xây dựng phải')?.name).toBe('Bộ Xây dựng');
    expect(bodyBefore('Sở Y tế tỉnh Lâm Hà cần')?.name).toBe('Sở Y tế tỉnh Lâm Hà');
    expect(bodyBefore('Công an huyện chủ trì')?.name).toBe('Công an huyện');
    expect(bodyBefore('Ban Chỉ huy Quân sự tỉnh đang')?.name).toBe('Ban Chỉ huy Quân sự tỉnh');
  });
  it('keeps capitalised name words and commas that continue a name', () => {
    expect(bodyBefore('Ban Chỉ đạo phòng, chống dịch tỉnh')?.name).toBe('Ban Chỉ đạo phòng, chống dịch tỉnh');
    expect(bodyBefore('Cục Cảnh sát giao thông')?.name).toBe('Cục Cảnh sát giao thông');
  });
});
