import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const count = (...p: string[]) => directives(run('vi', ...p)).length;

describe('Vietnamese directives: a sports team is no addressee of an authority', () => {
  it('reads what a team needs or must do to win as no order', () => {
    expect(count('Đội tuyển Việt Nam cần ít nhất một trận hòa để giành vé vào bán kết.')).toBe(0);
    expect(count('Đội bóng phải thắng cả hai trận cuối mới có cơ hội trụ hạng.')).toBe(0);
  });
  it('keeps teams of public services as addressees', () => {
    expect(count('Các đội cứu hộ phải túc trực 24/24 giờ tại các điểm sạt lở.')).toBe(1);
  });
});
