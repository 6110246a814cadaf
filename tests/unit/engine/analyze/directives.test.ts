import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (lang: 'vi' | 'en', ...p: string[]) =>
  directives(run(lang, ...p)).map((d) => [d.text.slice(0, 24), d.issuer]);

describe('directives: Vietnamese', () => {
  it('reads a reported order and the imperative run after it, with the issuer carried', () => {
    const result = found(
      'vi',
      'Kết luận cuộc họp, Phó Thủ tướng Lê Văn Bình yêu cầu các bộ, ngành khẩn trương triển khai. Đẩy mạnh giải ngân vốn đầu tư công.',
      'Chủ động phòng, chống thiên tai.',
    );
    expect(result).toEqual([
      ['Kết luận cuộc họp, Phó T', 'Lê Văn Bình'],
      ['Đẩy mạnh giải ngân vốn đ', 'Lê Văn Bình'],
      ['Chủ động phòng, chống th', 'Lê Văn Bình'],
    ]);
  });
  it('resolves a bare title to its holder and accepts a body as issuer', () => {
    const result = found(
      'vi',
      'Phó Thủ tướng Lê Văn Bình dự họp.',
      'Phó Thủ tướng giao Bộ Tài chính chủ trì.',
      'UBND tỉnh Hòa Bình yêu cầu các sở báo cáo.',
    );
    expect(result).toEqual([
      ['Phó Thủ tướng giao Bộ Tà', 'Lê Văn Bình'],
      ['UBND tỉnh Hòa Bình yêu c', 'UBND tỉnh Hòa Bình'],
    ]);
  });
  it('does not read reports, "had to", or captions as directives', () => {
    expect(found('vi', 'Năm 2023, tỉnh đã đẩy mạnh công tác xây dựng Đảng.')).toEqual([]);
    expect(found('vi', 'Nhiều doanh nghiệp phải dừng hoạt động, giải thể.')).toEqual([]);
  });
});

describe('directives: Vietnamese reports, commitments and lists', () => {
  it("does not read a purpose clause in a report, or a speaker's commitment, as an order", () => {
    expect(
      found(
        'vi',
        'Giám đốc Sở Y tế Ngô Văn Tâm cho biết sở đã lập 3 đoàn kiểm tra để đôn đốc các bệnh viện.',
      ),
    ).toEqual([]);
    const result = found(
      'vi',
      'Phó Thủ tướng Lê Văn Bình yêu cầu các bộ khẩn trương triển khai.',
      'Bộ sẽ phối hợp với các tỉnh rà soát danh mục.',
    );
    expect(result).toEqual([['Phó Thủ tướng Lê Văn Bìn', 'Lê Văn Bình']]);
  });
  it('reads every imperative item of a list after "X yêu cầu:"', () => {
    const result = found(
      'vi',
      'Chủ tịch UBND tỉnh Lê Thanh Hải yêu cầu:',
      'Phấn đấu giải ngân hết vốn trong năm.',
      'Hoàn thành tuyến đường trước mùa mưa.',
      'Rà soát các thủ tục còn chồng chéo.',
    );
    expect(result.map((r) => r[1])).toEqual(['Lê Thanh Hải', 'Lê Thanh Hải', 'Lê Thanh Hải', 'Lê Thanh Hải']);
  });
});

describe('directives: English', () => {
  it("reads an obligation attributed to an authority, not a wish or an outsider's view", () => {
    const result = found(
      'en',
      'The Ministry of Health issued new rules. Clinics must report every case within a day, the ministry said.',
      'We must act now, the president said. Banks must lend more, analysts said.',
    );
    expect(result).toEqual([['Clinics must report ever', 'Ministry of Health']]);
  });
  it('reads orders and calls by officials, pronouns and bodies', () => {
    const result = found(
      'en',
      'Defense Secretary Mark Esper visited Hanoi. He urged Vietnam to push back.',
      'The Ministry of Health ordered hospitals to report cases.',
    );
    expect(result).toEqual([
      ['He urged Vietnam to push', 'Mark Esper'],
      ['The Ministry of Health o', 'Ministry of Health'],
    ]);
  });
  it('ignores calls by protesters and non-orders', () => {
    expect(found('en', 'Large crowds of protesters have called on Yoon to resign.')).toEqual([]);
    expect(found('en', 'Prime Minister Tony Blair called him a giant.')).toEqual([]);
  });
});
