import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);

describe('Vietnamese directives: "bị <authority> buộc phải" is a sanction with its agent', () => {
  it('reads the order and gives it to the authority between "bị" and "buộc phải"', () => {
    expect(found('Chủ cơ sở bị tòa buộc phải bồi thường cho bị hại 50 triệu đồng.')).toEqual(['tòa']);
    expect(found('Doanh nghiệp bị Cục Thuế tỉnh buộc phải nộp lại số tiền đã được hoàn.')).toEqual([
      'Cục Thuế tỉnh',
    ]);
  });
  it('leaves "buộc phải" forced by circumstances alone', () => {
    expect(found('Vì hết tiền, gia đình anh buộc phải bán nhà để trả nợ.')).toEqual([]);
    expect(found('Mưa lớn kéo dài, nhiều hộ dân buộc phải sơ tán trong đêm.')).toEqual([]);
  });
});
