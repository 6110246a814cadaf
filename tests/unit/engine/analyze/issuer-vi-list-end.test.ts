import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe("Vietnamese issuer: another speaker's own order ends an announced list", () => {
  it('gives a body after it its own call', () => {
    expect(
      issuers(
        'Trả lời phóng viên, Người phát ngôn Bộ Ngoại giao Hà Thu Loan nêu rõ:',
        '“Việt Nam yêu cầu các bên tôn trọng chủ quyền của Việt Nam”.',
        'Trong khi đó, Tổng thống Philippines Leon Marek đã ra lệnh cho lực lượng tuần duyên tăng cường tuần tra.',
        'Liên Hợp Quốc cũng kêu gọi các bên giải quyết tranh chấp bằng biện pháp hòa bình.',
      ),
    ).toEqual(['Hà Thu Loan', 'Hà Thu Loan', 'Leon Marek', 'Liên Hợp Quốc']);
  });
  it('keeps the items of a list its own speaker goes on with', () => {
    expect(
      issuers(
        'Phó Thủ tướng Đinh Quang Vỹ yêu cầu các bộ, ngành như sau:',
        'Bộ Giao thông vận tải chỉ đạo các chủ đầu tư đẩy nhanh tiến độ thi công.',
        'Bộ Tài chính hướng dẫn các địa phương sử dụng nguồn dự phòng.',
      ),
    ).toEqual(['Đinh Quang Vỹ', 'Đinh Quang Vỹ', 'Đinh Quang Vỹ']);
  });
});
