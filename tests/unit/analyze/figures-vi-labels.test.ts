import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

const vi = (...p: string[]) => figures(run('vi', ...p)).map((f) => f.text);

describe('Vietnamese figures: phone numbers printed with hidden digits', () => {
  it('skips the number whole, whatever marks hide its middle', () => {
    expect(vi('Người gọi dùng số 0123***456 và 0912.xxx.xxx để dụ nạn nhân.')).toEqual([]);
    expect(vi('Tin nhắn đến từ thuê bao 0988 *** 123 lúc 9h.')).toEqual(['9h']);
  });
  it('still reads an amount that starts with zero', () => {
    expect(vi('Phí tăng 0,5 triệu đồng, tức 0,25%.')).toEqual(['0,5 triệu đồng', '0,25%']);
  });
});
