import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: an ordering verb after a comma goes on with the body the sentence opened on', () => {
  it('gives the order to the opening body', () => {
    expect(issuers('UBND phường đã lập biên bản, yêu cầu chủ quán tự tháo dỡ mái che.')).toEqual([
      'UBND phường',
    ]);
    expect(
      issuers('Sở Công Thương gửi văn bản tới các cửa hàng xăng dầu, đồng thời yêu cầu bán hàng liên tục.'),
    ).toEqual(['Sở Công Thương']);
    expect(
      issuers('Ban Quản lý dự án vừa ban hành kế hoạch, trong đó yêu cầu các nhà thầu tăng ca.'),
    ).toEqual(['Ban Quản lý dự án']);
  });
  it('leaves an item of a run to the run, and a named agent after the comma to itself', () => {
    expect(
      issuers(
        'Chủ tịch UBND tỉnh Hồ Văn Niên yêu cầu:',
        'Văn phòng UBND tỉnh theo dõi, đôn đốc các sở thực hiện.',
      ),
    ).toEqual(['Hồ Văn Niên', 'Hồ Văn Niên']);
    expect(issuers('Sở Y tế đã họp, Bộ Y tế yêu cầu các bệnh viện trực 24/24 giờ.')).toEqual(['Bộ Y tế']);
  });
});
