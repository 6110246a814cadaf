import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const names = (...p: string[]) => [...new Set(officials(run('vi', ...p)).map((o) => o.name))];

describe('Vietnamese officials: a comma between the portfolios a ministry names stays in its name', () => {
  it('reads the name after "Bộ Văn hóa, Thể thao và Du lịch" and "Ủy ban Văn hóa, Giáo dục"', () => {
    expect(names('Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Trịnh Thị Thủy dự lễ khai mạc.')).toEqual([
      'Trịnh Thị Thủy',
    ]);
    expect(names('Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội Tạ Văn Hạ phát biểu.')).toEqual([
      'Tạ Văn Hạ',
    ]);
  });
  it('still ends a title chain at a comma before another title', () => {
    expect(names('Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Thắng chủ trì hội nghị.')).toEqual([
      'Nguyễn Văn Thắng',
    ]);
  });
});
