import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('vi', ...paragraphs));
const starts = (...paragraphs: string[]) => {
  const text = paragraphs.join('\n\n');
  return found(...paragraphs).map((d) => text.slice(d.start, d.start + 8));
};

describe('Vietnamese directives: items of a task list that open on a lead or on the public', () => {
  it('reads an item with any short lead before its verb, and an item tasking the public', () => {
    expect(
      starts(
        'Sở Y tế đề nghị các huyện thực hiện các việc sau:',
        'Thứ nhất, trong mùa mưa lũ, chủ động dự trữ thuốc và hóa chất.',
        '- Người dân hạn chế đi lại qua vùng ngập.',
        'Thứ ba, khi phát hiện ổ dịch, báo ngay cho trạm y tế xã.',
      ),
    ).toEqual(['Sở Y tế ', 'Thứ nhất', '- Người ', 'Thứ ba, ']);
  });
  it('keeps the list open past a marked item that orders nothing', () => {
    expect(
      starts(
        'UBND huyện đề nghị các xã triển khai các nội dung sau:',
        'Thứ nhất, tình hình sạt lở năm nay phức tạp hơn mọi năm.',
        'Thứ hai, trước mắt, sơ tán các hộ dân ở chân đồi.',
      ),
    ).toEqual(['UBND huy', 'Thứ hai,']);
  });
  it('lets an unmarked paragraph that orders nothing end the list', () => {
    expect(
      starts(
        'UBND huyện đề nghị các xã triển khai các nội dung sau:',
        'Năm ngoái, mưa lũ làm sập 20 ngôi nhà.',
        'Người dân hạn chế đi lại qua vùng ngập.',
      ),
    ).toEqual(['UBND huy']);
  });
  it('does not read the public acting outside a list as an order', () => {
    expect(found('Người dân hạn chế ra đường vì trời quá nóng.')).toEqual([]);
  });
});
