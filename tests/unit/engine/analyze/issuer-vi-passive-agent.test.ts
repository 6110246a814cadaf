import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);
const lead = 'Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên yêu cầu các doanh nghiệp bảo đảm nguồn cung.';

describe('Vietnamese issuer: a passive order names its agent before the verb', () => {
  it('gives the order to the agent between "được"/"bị" and the verb', () => {
    expect(issuers(lead, 'Các chủ đầu tư được UBND TP yêu cầu hoàn thành dự án trước ngày 30/6.')).toEqual([
      'Nguyễn Hồng Diên',
      'UBND TP',
    ]);
    expect(
      issuers(lead, 'Các trường học được Sở GD&ĐT yêu cầu không thu thêm các khoản ngoài quy định.'),
    ).toEqual(['Nguyễn Hồng Diên', 'Sở GD&ĐT']);
  });
  it('reads no order into a relative clause whose agent is a titled official', () => {
    expect(issuers('Các nội dung được Bộ trưởng Nguyễn Văn An chỉ đạo đều đã triển khai.')).toEqual([]);
  });
  it('reads no order into a relative clause deep in the sentence', () => {
    expect(
      issuers(
        lead,
        'Người làm việc hưởng lương từ ngân sách tại các hội được Nhà nước giao nhiệm vụ ở Trung ương và địa phương.',
      ),
    ).toEqual(['Nguyễn Hồng Diên']);
  });
});

describe('Vietnamese body names: none starts inside a document number', () => {
  it('names the body after the number, not the code in it', () => {
    expect(
      issuers('Tại văn bản số 123/UBND-KT, UBND tỉnh Bình Dương yêu cầu các sở ngành rà soát hồ sơ.'),
    ).toEqual(['UBND tỉnh Bình Dương']);
  });
});
