import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: a numbered item that opens on the order verb', () => {
  it('passes the list speaker on, not the body it tasks', () => {
    expect(
      issuers(
        'Để chủ động ứng phó, Chủ tịch UBND tỉnh Đông Lâm Tạ Huy Khang yêu cầu:',
        '1. Rà soát các khu dân cư ven sông, suối.',
        '2. Đề nghị Bộ Chỉ huy Quân sự tỉnh chỉ đạo các lực lượng sẵn sàng hỗ trợ.',
        '3. Giao Sở Nông nghiệp và Phát triển nông thôn theo dõi, tổng hợp tình hình.',
      ),
    ).toEqual(['Tạ Huy Khang', 'Tạ Huy Khang', 'Tạ Huy Khang', 'Tạ Huy Khang']);
  });
  it('keeps an item that names its own subject', () => {
    expect(
      issuers(
        'Chủ tịch UBND tỉnh Đông Lâm Tạ Huy Khang yêu cầu các sở như sau:',
        '2. Bộ Chỉ huy Quân sự tỉnh chỉ đạo các lực lượng sẵn sàng hỗ trợ.',
      ),
    ).toEqual(['Tạ Huy Khang', 'Tạ Huy Khang']);
  });
});
