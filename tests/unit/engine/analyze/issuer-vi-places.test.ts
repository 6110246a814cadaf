import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: a province or city named alone acts for its government', () => {
  it('reads the place closing the clause before a ban or an order as the issuer', () => {
    expect(issuers('Hà Nội cấm xe tải vào nội đô trong giờ cao điểm.')).toEqual(['Hà Nội']);
    expect(issuers('TP.HCM tạm cấm xe khách đi qua cầu trong hai tuần.')).toEqual(['TP.HCM']);
    expect(issuers('Mưa lớn kéo dài, Huế cấm tàu thuyền ra khơi.')).toEqual(['Huế']);
    expect(issuers('Sau ca bệnh thứ ba, Đà Nẵng yêu cầu người dân hạn chế ra đường.')).toEqual(['Đà Nẵng']);
  });
  it('does not read a place inside a longer phrase as the one who orders', () => {
    expect(issuers('Một số quán ăn ở Hà Nội cấm khách mang đồ uống từ ngoài vào.')).not.toContain('Hà Nội');
    expect(
      issuers('Bài thi của Trường Đại học Bách khoa Đà Nẵng yêu cầu sinh viên tự viết mã.'),
    ).not.toContain('Đà Nẵng');
  });
});

describe('Vietnamese issuer: the sender, not the body it writes or proposes to', () => {
  it('keeps the body before "gửi" or "đề xuất" as the issuer', () => {
    expect(issuers('Bộ Công Thương đề xuất Chính phủ cấm xuất khẩu than trong quý tới.')).toEqual([
      'Bộ Công Thương',
    ]);
    expect(
      issuers('Cục Thuế vừa có văn bản gửi Chi cục Thuế các huyện yêu cầu rà soát hồ sơ hoàn thuế.'),
    ).toEqual(['Cục Thuế']);
  });
  it('reads a pair of levels ("các tỉnh, thành phố") as part of the addressee, not a place that acts', () => {
    expect(
      issuers('Bộ Giáo dục có công văn gửi Sở Giáo dục các tỉnh, thành phố đề nghị kiểm tra bếp ăn.'),
    ).toEqual(['Bộ Giáo dục']);
    expect(issuers('UBND tỉnh gửi UBND các huyện, thị xã đề nghị báo cáo số hộ nghèo.')).toEqual([
      'UBND tỉnh',
    ]);
  });
  it('still walks on to the body that acts after a phrase naming another', () => {
    expect(
      issuers(
        'Theo đề nghị của Sở Nội vụ tại tờ trình ngày 2/3, UBND tỉnh yêu cầu các sở sắp xếp lại phòng.',
      ),
    ).toEqual(['UBND tỉnh']);
  });
});

describe('Vietnamese issuer: a seat of government acts for its state', () => {
  it("reads a capital or a leader's house as the state, with adverbs before the verb", () => {
    expect(issuers('Bắc Kinh yêu cầu các hãng bay nước ngoài sửa bản đồ.')).toEqual(['Bắc Kinh']);
    expect(issuers('Nhà Trắng kêu gọi Quốc hội sớm thông qua ngân sách.')).toEqual(['Nhà Trắng']);
    expect(issuers('Điện Kremlin một lần nữa kêu gọi các bên ngừng bắn.')).toEqual(['Điện Kremlin']);
    expect(issuers('Việt Nam kiên quyết yêu cầu tàu nước ngoài rời khỏi vùng biển.')).toEqual(['Việt Nam']);
  });
  it('does not read a capital inside a longer phrase as the state', () => {
    expect(issuers('Các nhà hàng ở Bắc Kinh yêu cầu khách quét mã trước khi vào.')).not.toContain('Bắc Kinh');
  });
});
