import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...p: string[]) => directives(run('vi', ...p)).map((d) => [d.issuer, d.text.slice(0, 14)]);

describe('Vietnamese issuer: the source of a sanction or a rule', () => {
  it('gives a passive sanction to the body that sanctioned after the last order, not to that order', () => {
    expect(
      found(
        'Ủy ban Chứng khoán Nhà nước vừa ban hành quyết định xử phạt ông Lê Văn Tâm. Đồng thời, ông Tâm bị cấm giao dịch chứng khoán trong 6 tháng.',
        'Thanh tra Bộ Tài chính đã xử phạt Công ty Minh Phát 120 triệu đồng. Công ty này cũng bị buộc phải nộp lại số lợi bất hợp pháp.',
      ),
    ).toEqual([
      ['Ủy ban Chứng khoán Nhà nước', 'Đồng thời, ông'],
      ['Thanh tra Bộ Tài chính', 'Công ty này cũ'],
    ]);
  });
  it('gives a rule to the body it belongs to ("quy chế ... của Bộ X")', () => {
    expect(
      found(
        'UBND tỉnh Hòa Lạc yêu cầu các trường chuẩn bị kỳ thi.',
        'Theo quy chế thi của Bộ GD-ĐT, thí sinh chỉ được ra khỏi phòng thi sau khi hết giờ làm bài.',
      ),
    ).toEqual([
      ['UBND tỉnh Hòa Lạc', 'UBND tỉnh Hòa '],
      ['Bộ GD-ĐT', 'Theo quy chế t'],
    ]);
  });
  it('keeps the last order over a document the article only says is being drafted', () => {
    expect(
      found(
        'Ngân hàng Nhà nước yêu cầu các ngân hàng rà soát tài khoản.',
        'Bộ Tài chính đang xây dựng dự thảo Nghị định về thuế. Trong đó, hộ kinh doanh phải thông báo số tài khoản.',
      ).map(([issuer]) => issuer),
    ).not.toContain('Bộ Tài chính');
  });
});
