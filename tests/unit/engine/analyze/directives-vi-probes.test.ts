import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

// Cases found by probing the directive rules with sentences of our own, against the guidelines.
/** [first 20 characters, issuer] of each Vietnamese directive found in the paragraphs. */
const found = (...p: string[]) => directives(run('vi', ...p)).map((d) => [d.text.slice(0, 20), d.issuer]);

describe('Vietnamese directives: "không" inside a body name', () => {
  it('reads "Cục Hàng không đề nghị ..." as a request, not a denied one', () => {
    expect(found('Cục Hàng không đề nghị các hãng bay bố trí thêm chuyến dịp Tết.')).toEqual([
      ['Cục Hàng không đề ng', 'Cục Hàng không'],
    ]);
  });
  it('still reads a denied request as none', () => {
    expect(found('Bộ không yêu cầu các trường báo cáo.')).toEqual([]);
    expect(found('Sở chưa đề nghị các huyện rà soát.')).toEqual([]);
  });
});

describe('Vietnamese directives: a circumstance that forces', () => {
  it('reads "Điều này buộc X phải ..." as a consequence, not a sanction', () => {
    expect(found('Điều này buộc các doanh nghiệp phải tìm thị trường mới.')).toEqual([]);
    expect(found('Thực tế đó đã buộc các trường phải thay đổi cách dạy.')).toEqual([]);
  });
  it('keeps a body or a rule that obliges with "buộc"', () => {
    expect(found('UBND tỉnh buộc công ty phải tháo dỡ công trình.')).toEqual([
      ['UBND tỉnh buộc công ', 'UBND tỉnh'],
    ]);
    expect(found('Quy định này buộc các nhãn hàng phải ghi rõ nguồn gốc.')).toHaveLength(1);
  });
});

describe('Vietnamese directives: a document issued, and the rules in it', () => {
  const passage = [
    'Ngày 20/5, Sở Giáo dục và Đào tạo Hà Nội ban hành hướng dẫn tuyển sinh lớp 10.',
    'Thí sinh phải mang theo giấy tờ tùy thân khi đến phòng thi.',
    'Ông Trần Thế Cương, Giám đốc Sở, cho biết năm nay chỉ tiêu tăng 5%.',
    'Ông Cương cũng cho biết nhiều trường đã mở thêm lớp.',
  ];
  it('reads "ban hành hướng dẫn" as the document issued, not an order', () => {
    expect(found(passage[0]!)).toEqual([]);
  });
  it('gives a rule of the document to the body that issued it, not to the official most named', () => {
    expect(found(...passage)).toEqual([['Thí sinh phải mang t', 'Sở Giáo dục và Đào tạo Hà Nội']]);
  });
});

describe('Vietnamese directives: who orders, named around the sentence', () => {
  it('gives "Theo yêu cầu của <body>, ..." to the body', () => {
    expect(found('Theo yêu cầu của Bộ Y tế, các bệnh viện phải báo cáo số ca mắc hằng ngày.')).toEqual([
      ['Theo yêu cầu của Bộ ', 'Bộ Y tế'],
    ]);
    expect(found('Theo Bộ Y tế, người dân cần đeo khẩu trang nơi đông người.')).toEqual([]);
  });
  it('reads a letter sent to "các sở, ngành" that requests, comma and all', () => {
    expect(
      found('UBND TP Hà Nội vừa có văn bản gửi các sở, ngành đề nghị tăng cường kiểm tra an toàn thực phẩm.'),
    ).toEqual([['UBND TP Hà Nội vừa c', 'UBND TP Hà Nội']]);
  });
});

describe('Vietnamese directives: a decree that implements a law', () => {
  it('reads "Nghị định ... hướng dẫn Luật ..." as what the decree is about, and its rules as orders', () => {
    expect(
      found(
        'Chính phủ vừa ban hành Nghị định 70/2024/NĐ-CP hướng dẫn Luật Căn cước.',
        'Từ ngày 1/7, người dân khi làm thủ tục phải xuất trình căn cước.',
      ),
    ).toEqual([['Từ ngày 1/7, người d', 'Chính phủ']]);
  });
  it('still reads guidance given to an addressee', () => {
    expect(found('Bộ Tài chính hướng dẫn các địa phương thực hiện chính sách miễn thuế.')).toEqual([
      ['Bộ Tài chính hướng d', 'Bộ Tài chính'],
    ]);
  });
});

describe('Vietnamese directives: questions', () => {
  it('reads no obligation in a question', () => {
    expect(found('Có nên cấm xe máy vào nội thành?')).toEqual([]);
    expect(found('Người dân hỏi: "Các cơ quan chức năng phải làm gì để ngăn chặn tình trạng này?"')).toEqual(
      [],
    );
  });
  it('still reads a ban stated as a rule', () => {
    expect(found('Nghiêm cấm thí sinh mang điện thoại vào phòng thi.')).toHaveLength(1);
  });
});
