import { describe, expect, it } from 'vitest';
import { directives, officials, run } from './helpers';

const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => [d.text.slice(0, 20), d.issuer]);
const count = (...p: string[]) => directives(run('vi', ...p)).length;

describe('Vietnamese directives: a group as the subject of a modal', () => {
  it('does not read what a private group must undergo as an order when nothing frames it', () => {
    expect(count('Các doanh nghiệp xuất khẩu phải cạnh tranh gay gắt với hàng ngoại.')).toBe(0);
    expect(count('Các em phải dậy từ 4 giờ sáng để kịp đến trường.')).toBe(0);
    expect(count('Để được vay vốn, người dân phải có tài sản thế chấp.')).toBe(0);
    expect(count('Chuyên gia nhận định, các ngân hàng phải chấp nhận giảm lợi nhuận.')).toBe(0);
  });
  it('still reads a public addressee, a rule or a prohibition as binding', () => {
    expect(count('Các sở, ngành phải báo cáo kết quả trước ngày 15/12.')).toBe(1);
    expect(count('Mỗi cán bộ cần gương mẫu chấp hành quy định về nồng độ cồn.')).toBe(1);
    expect(count('Nghị định quy định doanh nghiệp phải công khai báo cáo tài chính.')).toBe(1);
    expect(count('Thí sinh không được mang điện thoại vào phòng thi.')).toBe(1);
  });
});

describe('Vietnamese directives: who gives the order', () => {
  it('ends a title before "giao" and its addressee, so the giver is the issuer', () => {
    const a = run(
      'vi',
      'Sáng 15/3, Thủ tướng Phạm Văn Long chủ trì hội nghị về đầu tư công.',
      'Thủ tướng giao Phó Thủ tướng Lê Minh Khoa trực tiếp xử lý các vướng mắc về đất đai.',
    );
    expect(directives(a).map((d) => d.issuer)).toEqual(['Phạm Văn Long']);
    expect(officials(a).find((o) => o.name === 'Lê Minh Khoa')?.titles).toEqual(['Phó Thủ tướng']);
  });
  it('keeps "giao" inside "Bộ Ngoại giao", and a minister who speaks opens no run item', () => {
    const a = run(
      'vi',
      'Thủ tướng giao Bộ Tài chính chủ trì thẩm định dự án.',
      'Bộ trưởng Bộ Ngoại giao Trần Quang Vinh phát biểu tại hội nghị.',
    );
    expect(officials(a).map((o) => o.titles)).toEqual([['Bộ trưởng Bộ Ngoại giao']]);
    expect(directives(a)).toHaveLength(1);
  });
  it('reads a bare title as the agent without the adverbs after it', () => {
    expect(issuers('Giám đốc Sở cũng yêu cầu các trường tăng cường giáo dục kỹ năng sống.')).toEqual([
      ['Giám đốc Sở cũng yêu', 'Giám đốc Sở'],
    ]);
  });
  it("gives an official's quoted first person to the official the paragraph names", () => {
    expect(
      issuers(
        'Người phát ngôn Bộ Ngoại giao Nguyễn Thị Lan nêu rõ: "Việt Nam quan ngại trước căng thẳng. Chúng tôi kêu gọi các bên liên quan kiềm chế".',
      ),
    ).toEqual([['Chúng tôi kêu gọi cá', 'Nguyễn Thị Lan']]);
    expect(count('"Chúng tôi đề nghị chính quyền sớm chi trả tiền bồi thường", anh Hùng nói.')).toBe(0);
  });
  it('gives an obligation to the official who speaks in its sentence, not to an earlier run', () => {
    expect(
      issuers(
        'Thủ tướng Đỗ Văn An yêu cầu các bộ khẩn trương bố trí vốn.',
        'Sau khi nghe báo cáo, Phó Thủ tướng Lê Văn Bình kết luận các địa phương phải hoàn trả vốn đúng hạn.',
      ).map((d) => d[1]),
    ).toEqual(['Đỗ Văn An', 'Lê Văn Bình']);
  });
});

describe('Vietnamese directives: cues that order no one', () => {
  it("does not read a reporter's question or a denied request as an order", () => {
    expect(
      count(
        'Tại họp báo, Người phát ngôn Bộ Ngoại giao Nguyễn Thị Lan trả lời câu hỏi của phóng viên đề nghị cho biết phản ứng của Việt Nam.',
      ),
    ).toBe(0);
    expect(count('Cơ quan công an không yêu cầu công dân chuyển tiền qua điện thoại.')).toBe(0);
  });
  it('opens a run on advice that announces its items with a colon', () => {
    expect(
      count(
        'Bộ Công an khuyến cáo người dân cần chú ý:',
        '1. Thường xuyên cập nhật thông tin trên các trang chính thống.',
        '2. Đề cao cảnh giác, không chuyển tiền cho người lạ.',
      ),
    ).toBe(3);
  });
});
