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
