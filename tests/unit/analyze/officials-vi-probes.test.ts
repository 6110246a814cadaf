import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

// Cases found by probing the officials rules with sentences of our own, against the guidelines.
const namesOf = (...p: string[]) => [...new Set(officials(run('vi', ...p)).map((o) => o.name))];

describe('Vietnamese officials: "TP" before a place of three words', () => {
  it('reads the name after "Thành ủy TP Hồ Chí Minh"', () => {
    expect(namesOf('Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Văn Nên dự họp.')).toEqual(['Nguyễn Văn Nên']);
    expect(namesOf('Bí thư Thành ủy TP. Hồ Chí Minh Nguyễn Văn Nên dự họp.')).toEqual(['Nguyễn Văn Nên']);
    expect(namesOf('Phó Bí thư Thành ủy TP Cần Thơ Trần Văn Lâu dự họp.')).toEqual(['Trần Văn Lâu']);
  });
  it('takes no name from the place itself', () => {
    expect(namesOf('Bí thư Thành ủy TP Hồ Chí Minh phát biểu.')).toEqual([]);
    expect(namesOf('Thành ủy TP Hồ Chí Minh tổ chức hội nghị.')).toEqual([]);
  });
});
