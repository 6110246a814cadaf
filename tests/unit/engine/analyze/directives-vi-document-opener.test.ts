import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const count = (...p: string[]) => directives(run('vi', ...p)).length;
const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);

describe('Vietnamese directives: a sentence that opens by citing a document', () => {
  it('reads a modal on those the document binds as its obligation', () => {
    expect(count('Theo công văn, các cơ sở kinh doanh dịch vụ ăn uống phải đóng cửa trước 21 giờ.')).toBe(1);
    expect(count('Theo thông báo số 45 của UBND quận, hộ kinh doanh cần đăng ký lại trước ngày 1/6.')).toBe(
      1,
    );
  });
  it('does not read a modal after another opener as a rule', () => {
    expect(count('Theo kế hoạch, các cơ sở kinh doanh phải chuyển đi nơi khác.')).toBe(0);
    expect(count('Theo bà Lan, hộ kinh doanh cần thêm thời gian để chuẩn bị.')).toBe(0);
  });
});

describe('Vietnamese directives: a place as agent with adverbs before its verb', () => {
  it('reads "tỉnh đã chủ động chỉ đạo", "Huyện cũng yêu cầu" as the place ordering', () => {
    expect(issuers('Ngay từ đầu năm, tỉnh đã chủ động chỉ đạo các sở, ngành rà soát các dự án.')).toEqual([
      'tỉnh',
    ]);
    expect(count('Huyện cũng yêu cầu tạm dừng các lễ hội trong thời gian có dịch.')).toBe(1);
  });
  it('does not make a place a speaker of what it did', () => {
    expect(count('Năm qua, tỉnh đã chủ động xây dựng nhiều công trình thủy lợi.')).toBe(0);
  });
});
