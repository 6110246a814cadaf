import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

const LIST = [
  'Phó Thủ tướng Đinh Quang Vỹ yêu cầu các bộ, ngành như sau:',
  'Bộ Giao thông vận tải chỉ đạo các chủ đầu tư đẩy nhanh tiến độ thi công.',
];

describe('Vietnamese issuer: an official the sentence names inside a task list', () => {
  it('gives the order to that official, not to the list speaker', () => {
    expect(
      issuers(
        ...LIST,
        'Bộ trưởng Bộ Tài chính Lưu Văn Kha cho biết bộ đã yêu cầu Tổng cục Thuế rà soát hồ sơ hoàn thuế.',
      ),
    ).toEqual(['Đinh Quang Vỹ', 'Đinh Quang Vỹ', 'Lưu Văn Kha']);
  });
  it('keeps an item that tasks a body with the list speaker', () => {
    expect(issuers(...LIST, 'Bộ Tài chính hướng dẫn các địa phương sử dụng nguồn dự phòng.')).toEqual([
      'Đinh Quang Vỹ',
      'Đinh Quang Vỹ',
      'Đinh Quang Vỹ',
    ]);
  });
});
