import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const texts = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.text);
const ORDER = 'Bộ trưởng Bộ Công nghiệp Lạc Văn Đông yêu cầu các địa phương kiểm soát nguồn thải.';

describe('Vietnamese run of orders: a body that opens on what it did', () => {
  it('reports its act, it is no item of the run', () => {
    expect(texts(ORDER, 'Sở Y tế vừa tổ chức hội nghị tổng kết công tác năm 2024.')).toEqual([ORDER]);
    expect(texts(ORDER, 'UBND TP Bến Giang đã ban hành kế hoạch cải thiện chất lượng không khí.')).toEqual([
      ORDER,
    ]);
  });
  it('keeps an addressee that acts as an item of the run', () => {
    const item = 'Các sở rà soát toàn bộ các nguồn thải trên địa bàn.';
    expect(texts(ORDER, item)).toEqual([ORDER, item]);
  });
});
