import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

const LEAD = 'Bộ trưởng Bộ Tài nguyên và Môi trường Quách Đình Khải chủ trì cuộc họp về ô nhiễm không khí.';

describe('Vietnamese issuer: an official named again by title and given name', () => {
  it('is the official the article named in full', () => {
    expect(
      issuers(LEAD, '“Các địa phương phải kiểm soát chặt các nguồn thải”, Bộ trưởng Khải yêu cầu.'),
    ).toEqual(['Quách Đình Khải']);
    expect(issuers(LEAD, 'Bộ trưởng Khải yêu cầu các tỉnh báo cáo trước ngày 10/5.')).toEqual([
      'Quách Đình Khải',
    ]);
  });
  it('leaves a given name the article gives no holder of that post as written', () => {
    expect(issuers(LEAD, 'Thứ trưởng Khải yêu cầu các tỉnh báo cáo trước ngày 10/5.')).toEqual([
      'Thứ trưởng Khải',
    ]);
  });
});

describe('Vietnamese issuer: a committee chair named again by the level alone', () => {
  const LEAD = 'Ông Lã Văn Thành, Chủ tịch UBND huyện Tân Bè, cho biết huyện đang khắc phục hậu quả mưa lũ.';
  it('is the one chair the article named at that level', () => {
    expect(issuers(LEAD, '“Các xã phải báo cáo trước 17h hằng ngày”, Chủ tịch huyện nhấn mạnh.')).toEqual([
      'Lã Văn Thành',
    ]);
  });
  it('stays the title when the article names no holder of that post', () => {
    expect(issuers(LEAD, '“Các xã phải báo cáo trước 17h hằng ngày”, Phó Chủ tịch huyện nhấn mạnh.')).toEqual(
      ['Phó Chủ tịch huyện'],
    );
  });
});

describe('Vietnamese issuer: a bare level title is no bare head', () => {
  it('does not go to a chair of another level', () => {
    const LEAD =
      'Ông Lã Văn Thành, Chủ tịch UBND huyện Tân Bè, cho biết huyện đang khắc phục hậu quả mưa lũ.';
    expect(issuers(LEAD, '“Các huyện phải báo cáo trước 17h hằng ngày”, Chủ tịch tỉnh nhấn mạnh.')).toEqual([
      'Chủ tịch tỉnh',
    ]);
  });
});
