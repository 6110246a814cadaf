import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

const found = (t: string) => figures(run('vi', t)).map((f) => f.text);

describe("Vietnamese figures: a number ending a name before the name's own predicate", () => {
  it('is part of the name, not a count of the verb after it', () => {
    expect(found('Hệ điều hành Windows 10 chiếm 45% thị phần máy tính.')).toEqual(['45%']);
    expect(found('Dự án Ecopark Grand 2 gồm 120 căn biệt thự.')).toEqual(['120 căn']);
  });
  it('keeps counts after a capitalised place and amounts after lowercase words', () => {
    expect(found('Năm nay Hà Nội có 30 quận, huyện tham gia.')).toContain('30 quận');
    expect(found('Sản lượng đạt 12 tấn, tăng 5%.')).toEqual(['12 tấn', '5%']);
  });
});
