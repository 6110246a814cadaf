import { describe, expect, it } from 'vitest';
import { findAddressee } from '../../../../src/store/insights/addressee';
import {
  daysAfter,
  endsWithDeadlineCue,
  resolveDeadline,
  weekOf,
} from '../../../../src/store/insights/deadline';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('deadline cues', () => {
  it('accepts the words that set a time limit, in both languages', () => {
    for (const before of [
      'hoàn thành trước ngày ',
      'báo cáo chậm nhất ngày ',
      'finish the audit by ',
      'no later than ',
    ])
      expect(endsWithDeadlineCue(before), before).toBe(true);
  });

  it('rejects dates that only say when something happened', () => {
    for (const before of ['tại cuộc họp ngày ', 'on ', 'Speaking in ', 'từ ngày '])
      expect(endsWithDeadlineCue(before), before).toBe(false);
  });
});

describe('resolveDeadline', () => {
  const article = day(2025, 4, 10);
  it('takes the year from the article for a day and month, next year when it fell long before', () => {
    expect(resolveDeadline('--04-30', article)).toBe(day(2025, 4, 30));
    expect(resolveDeadline('--01-15', day(2025, 11, 20))).toBe(day(2026, 1, 15));
    expect(resolveDeadline('2025-06-01', article)).toBe(day(2025, 6, 1));
    expect(resolveDeadline('2025-06', article)).toBe(day(2025, 6, 30));
  });

  it('gives no deadline for a year or a quarter alone', () => {
    expect(resolveDeadline('2025', article)).toBeNull();
    expect(resolveDeadline('2025-Q2', article)).toBeNull();
  });

  it('counts days after the article and finds the week', () => {
    expect(daysAfter(day(2025, 4, 30), article + 5 * 3_600_000)).toBe(20);
    expect(weekOf(day(2025, 4, 10) + 3_600_000)).toEqual({ from: day(2025, 4, 7), to: day(2025, 4, 14) });
  });
});

describe('findAddressee', () => {
  it('reads whom an order goes to, right after the verb', () => {
    expect(findAddressee('Ông Kiều Văn Thủy yêu cầu Sở Giao thông khẩn trương sửa cầu.')).toBe(
      'Sở Giao thông',
    );
    expect(findAddressee('Bà Đinh Thị Hòa giao các xã rà soát danh sách hộ nghèo.')).toBe('các xã');
    expect(findAddressee('The governor ordered the water board to publish its accounts.')).toBe(
      'the water board',
    );
    expect(findAddressee('Minister Corwin Hale urged councils to stop the sale.')).toBe('councils');
  });

  it('names none when the sentence does not say', () => {
    expect(findAddressee('Đẩy mạnh giải ngân vốn đầu tư công.')).toBeNull();
    expect(findAddressee('Ông Kiều Văn Thủy yêu cầu phải làm rõ trách nhiệm.')).toBeNull();
    expect(findAddressee('Hospitals must report cases within a day.')).toBeNull();
  });
});
