import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const count = (...p: string[]) => directives(run('vi', ...p)).length;

describe('Vietnamese directives: "có văn bản hướng dẫn <topic>" reports a document issued', () => {
  it('orders no one without an addressee after "hướng dẫn"', () => {
    expect(count('Sở GD&ĐT Đà Nẵng có văn bản hướng dẫn tuyển sinh lớp 6 năm học mới.')).toBe(0);
    expect(count('Bộ Tài chính vừa có công văn hướng dẫn quyết toán vốn đầu tư công.')).toBe(0);
  });
  it('directs the addressee named after it', () => {
    expect(count('Sở GD&ĐT Đà Nẵng có văn bản hướng dẫn các trường tổ chức tuyển sinh lớp 6.')).toBe(1);
  });
});
