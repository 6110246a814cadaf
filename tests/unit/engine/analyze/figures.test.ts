import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

const vi = (text: string) => figures(run('vi', text)).map((f) => [f.text, f.figureType, f.value, f.unit]);
const en = (text: string) => figures(run('en', text)).map((f) => [f.text, f.figureType, f.value, f.unit]);

describe('figures: Vietnamese', () => {
  it('reads money with scale words and the decimal comma / thousands dot', () => {
    expect(vi('Quy mô đạt 430 tỷ USD, bình quân 4.284 USD.')).toEqual([
      ['430 tỷ USD', 'money', 430e9, 'USD'],
      ['4.284 USD', 'money', 4284, 'USD'],
    ]);
    expect(vi('Thu 2.000 tỷ đồng và 1,2 nghìn tỷ đồng.')).toEqual([
      ['2.000 tỷ đồng', 'money', 2e12, 'VND'],
      ['1,2 nghìn tỷ đồng', 'money', 1.2e12, 'VND'],
    ]);
  });
  it('reads percentages, multiples and counted nouns', () => {
    expect(vi('tăng 5,05%, gấp 1,5 lần, có 4 văn phòng')).toEqual([
      ['5,05%', 'percent', 5.05, 'percent'],
      ['1,5 lần', 'ratio', 1.5, 'times'],
      ['4 văn phòng', 'quantity', 4, 'văn phòng'],
    ]);
  });
  it('reads day-first dates, quarters, months and years', () => {
    expect(vi('Ngày 4/1/2024 và quý I/2024, tháng 3/2026, năm 2023.')).toEqual([
      ['Ngày 4/1/2024', 'date', '2024-01-04', 'date'],
      ['quý I/2024', 'date', '2024-Q1', 'date'],
      ['tháng 3/2026', 'date', '2026-03', 'date'],
      ['năm 2023', 'date', '2023', 'date'],
    ]);
    expect(vi('Lúc 14h30 chiều 30/4')[0]).toEqual(['14h30', 'time', '14:30', 'time']);
  });
  it('reads a bare year as a date, never as a count of the word after it', () => {
    expect(vi('trong năm Chủ tịch ASEAN 2020 nói chung')).toEqual([['2020', 'date', '2020', 'date']]);
  });
  it('keeps a range as one figure', () => {
    expect(vi('giai đoạn 2016-2020')).toEqual([['2016-2020', 'date', '2016/2020', 'date']]);
  });
  it('skips document numbers, articles, congress ordinals and codes', () => {
    expect(vi('Theo Nghị định 68/2026/NĐ-CP và Quyết định số 123/QĐ-TTg')).toEqual([]);
    expect(vi('tại Điều 5, khoản 2 của Luật; Đại hội XIV, Nghị quyết Trung ương 8 khóa XIII')).toEqual([]);
    expect(vi('xe biển kiểm soát 65M2-0987, dịch Covid-19')).toEqual([]);
  });
  it('reads a lower-case document verb as a verb ("quyết định 2 kế hoạch")', () => {
    expect(vi('Quốc hội quyết định 2 kế hoạch')).toEqual([['2 kế hoạch', 'quantity', 2, 'kế hoạch']]);
  });
});

describe('figures: English', () => {
  it('reads money, percent and counts with the decimal point', () => {
    expect(en('It cost $4.3 billion, up 2.9 percent, and 30,000 troops left.')).toEqual([
      ['$4.3 billion', 'money', 4.3e9, 'USD'],
      ['2.9 percent', 'percent', 2.9, 'percent'],
      ['30,000 troops', 'quantity', 30000, 'troops'],
    ]);
  });
  it('reads month-first dates and clock times', () => {
    expect(en('On Jan. 4, 2024 at 9:30 a.m. and again on July 25.')).toEqual([
      ['Jan. 4, 2024', 'date', '2024-01-04', 'date'],
      ['9:30 a.m.', 'time', '09:30', 'time'],
      ['July 25', 'date', '--07-25', 'date'],
    ]);
  });
  it('skips ordinals and numbered names', () => {
    expect(en('the 3rd round of Resolution 2231 on Radio 4')).toEqual([]);
  });
});
