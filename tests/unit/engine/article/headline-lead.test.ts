import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { articleOf } from './load-fixture';

const BODY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Đoạn ${i + 1}: Sở Giáo dục và Đào tạo cho biết các trường đã hoàn tất hồ sơ, tiếp nhận giáo viên mới và sắp xếp lớp học cho năm học tới theo kế hoạch của tỉnh.</p>`,
).join('');

function page(h1: string): Document {
  return parseHtml(
    `<!doctype html><html lang="vi"><head><title>T</title></head><body><main><article><h1>${h1}</h1>${BODY}</article></main></body></html>`,
  );
}

describe('an <h1> in a news article', () => {
  it('is the headline, not body, when it is one line', () => {
    const a = articleOf(page('Quảng Ngãi tuyển dụng 1.169 giáo viên trong năm 2021'));
    expect(a.text).not.toContain('tuyển dụng 1.169');
    expect(a.text.startsWith('Đoạn 1')).toBe(true);
  });

  it('is read as the lead when it is several sentences set in headline type', () => {
    const lead =
      'Chủ tịch UBND tỉnh vừa thống nhất tuyển dụng 1.169 giáo viên trong năm 2021. Trong đó, bậc mầm non tuyển 372 giáo viên, bậc tiểu học tuyển 438 giáo viên và bậc THPT tuyển 79 giáo viên.';
    const a = articleOf(page(lead));
    expect(a.blocks[0]?.kind).toBe('lead');
    expect(a.text.startsWith('Chủ tịch UBND tỉnh vừa thống nhất')).toBe(true);
    expect(a.text).toContain('Đoạn 6');
  });

  it('stays a headline when a long one has an abbreviation but one sentence', () => {
    const headline =
      'U.S. and Vietnam sign a $4.3 billion grid partnership as power demand climbs across the northern provinces and industrial parks ahead of the summer peak season';
    const a = articleOf(page(headline));
    expect(a.text).not.toContain('grid partnership');
  });

  it('is read as the lead when it is one sentence longer than any headline', () => {
    const lead =
      'Chiều 26/4, Phó Chủ tịch UBND thành phố đã chủ trì cuộc họp nghe báo cáo kết quả bước đầu về xử lý tiếng ồn trên địa bàn thành phố sau thời gian triển khai tuyên truyền, vận động và nhắc nhở người dân ở các khu dân cư trong tháng tới';
    const a = articleOf(page(lead));
    expect(a.blocks[0]?.kind).toBe('lead');
    expect(a.text.startsWith('Chiều 26/4')).toBe(true);
  });
});
