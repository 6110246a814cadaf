import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('vi', ...paragraphs));
const issuers = (...paragraphs: string[]) => found(...paragraphs).map((d) => d.issuer);

describe('Vietnamese directives: numbered task lists after a colon', () => {
  const list = [
    'Để ứng phó với rét đậm, Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường yêu cầu:',
    '1. Các sở, ngành theo dõi sát diễn biến thời tiết.',
    '2. Sở Nông nghiệp hướng dẫn người dân che chắn chuồng trại cho gia súc.',
    '3. Đài Phát thanh và Truyền hình tỉnh tăng thời lượng thông tin về rét.',
    'Năm ngoái, rét hại làm chết hơn 300 con trâu bò.',
  ];
  it("reads each numbered item as the list-giver's order, from its number", () => {
    const d = found(...list);
    expect(d.map((x) => x.issuer)).toEqual(Array(4).fill('Trịnh Xuân Trường'));
    const text = list.join('\n\n');
    expect(text.slice(d[1]!.start, d[1]!.start + 5)).toBe('1. Cá');
  });
  it('gives an item whose body passes the order on ("Bộ ... chỉ đạo các đơn vị") to the list-giver', () => {
    expect(
      issuers(
        'Thủ tướng yêu cầu:',
        '- Bộ Quốc phòng chỉ đạo các đơn vị sẵn sàng lực lượng cứu hộ.',
        '- Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.',
      ),
    ).toEqual(['Thủ tướng', 'Thủ tướng', 'Thủ tướng']);
  });
});

describe('Vietnamese directives: a request that carries a modal', () => {
  it('reads "X yêu cầu các chủ đầu tư phải ..." as a request even when the modal has no anchor', () => {
    expect(found('Tỉnh yêu cầu các chủ đầu tư phải hoàn thành trước quý 3.')).toHaveLength(1);
  });
  it("ends a body's name before its decision ('thống nhất', 'đồng ý')", () => {
    expect(issuers('Ban Thường vụ Thành ủy thống nhất chủ trương giao UBND thành phố lập đề án.')).toEqual([
      'Ban Thường vụ Thành ủy',
    ]);
  });
});

describe('Vietnamese directives: imperatives after a short adverbial in a run', () => {
  it('reads "Trước hết, tập trung ..." and "Đối với ..., kiên quyết ..." as the speaker\'s instructions', () => {
    expect(
      issuers(
        'Kết luận hội nghị, Bí thư Thành ủy Đặng Minh Châu đề nghị:',
        'Trước hết, tập trung tháo gỡ khó khăn cho sản xuất.',
        'Đối với các công trình chậm tiến độ, kiên quyết điều chuyển vốn.',
        'Song song đó, làm tốt công tác an sinh xã hội.',
      ),
    ).toEqual(Array(4).fill('Đặng Minh Châu'));
  });
  it('does not read a subject before a comma, or a closing courtesy, as an adverbial', () => {
    const d = found(
      'Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Hồ Văn Niên yêu cầu:',
      'Việc dạy thêm tràn lan, đề cao thành tích là điều đáng lo ngại.',
      'Cuối cùng, đồng chí chúc các đại biểu sức khỏe.',
    );
    expect(d).toHaveLength(1);
  });
});
