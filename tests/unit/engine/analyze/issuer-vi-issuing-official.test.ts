import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);

describe('Vietnamese issuer: the official who issued the document the next sentences relay', () => {
  it('gives "Theo đó, ... phải" to the official named before the issuing verb', () => {
    expect(
      issuers(
        'Chiều 9/9, Phó Thủ tướng Trần Lưu Quang có công điện gửi các tỉnh Bắc Bộ về mưa lũ. Theo đó, các địa phương phải sơ tán dân khỏi vùng sạt lở.',
      ),
    ).toEqual(['Trần Lưu Quang']);
  });
  it('reads no body in a region name ("Bắc Bộ", "Nam Bộ")', () => {
    expect(
      issuers(
        'Công văn gửi các tỉnh Nam Bộ nêu rõ, các địa phương phải chủ động phương án phòng chống hạn mặn.',
      ),
    ).not.toContain('Bộ');
  });
  it('keeps the body beside the issuing verb when no official precedes it', () => {
    expect(
      issuers(
        'UBND tỉnh Nghệ An vừa ban hành công điện về mưa lũ. Theo đó, các huyện phải sơ tán dân khỏi vùng nguy hiểm.',
      ),
    ).toEqual(['UBND tỉnh Nghệ An']);
  });
});
