import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...p: string[]) => directives(run('vi', ...p)).map((d) => [d.text.slice(0, 20), d.issuer]);
const first = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.text.slice(0, 20));

describe('Vietnamese directives: requests by any party that is not private', () => {
  it('reads "yêu cầu", "đề nghị", "kiến nghị", "kêu gọi" whatever the subject', () => {
    expect(
      first(
        'Theo giới chức Hàn Quốc, nước này đã yêu cầu Nhật Bản cung cấp thêm thông tin.',
        'Phía đối tác đề nghị hai bên sớm ký kết thỏa thuận.',
        'Hiệp hội Taxi kêu gọi các hãng giảm giá cước trong dịp Tết.',
      ),
    ).toEqual(['Theo giới chức Hàn Q', 'Phía đối tác đề nghị', 'Hiệp hội Taxi kêu gọ']);
  });
  it('gives a request whose agent is no body the official the sentence names', () => {
    expect(
      found(
        'Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Lê Văn Hải cho biết phía tỉnh đề nghị Bộ Xây dựng hỗ trợ.',
      ),
    ).toEqual([['Phát biểu tại hội ng', 'Lê Văn Hải']]);
  });
  it('does not read the nouns as requests', () => {
    expect(first('Hệ thống còn phục vụ các yêu cầu nghiệp vụ khác.')).toEqual([]);
    expect(first('Quốc hội phê chuẩn đề nghị của Thủ tướng về nhân sự.')).toEqual([]);
    expect(first('Ngoài yêu cầu minh bạch, quy định còn nhằm ngăn chặn lừa đảo.')).toEqual([]);
    expect(first('Đề nghị này chưa được xem xét.')).toEqual([]);
  });
  it("leaves a private party's request alone", () => {
    expect(first('Cử tri xã Bình An phản ánh giá đất cao, đề nghị Nhà nước xem xét.')).toEqual([]);
    expect(first('Các tiểu thương yêu cầu ban quản lý chợ giảm phí.')).toEqual([]);
    expect(first('Tôi đề nghị mọi người bình tĩnh.')).toEqual([]);
  });
  it('does not read a question as a request', () => {
    expect(first('Vì sao nước này yêu cầu dừng đàm phán?')).toEqual([]);
  });
});

describe("Vietnamese directives: a reporter's or an expert's view is not an obligation", () => {
  it('reads the subject of a modal after a reporting verb', () => {
    expect(first('Doanh nghiệp cho biết họ phải vay thêm vốn.')).toEqual([]);
    expect(first('Theo ông Nam, người lao động phải làm thêm giờ.')).toEqual([]);
    expect(first('Theo quy định mới, người lao động phải đóng bảo hiểm.')).toEqual(['Theo quy định mới, n']);
  });
});

describe('Vietnamese directives: common-noun bodies opening a sentence', () => {
  it('reads a capitalised common-noun body as the agent', () => {
    expect(found('Nhà trường yêu cầu học sinh mặc đồng phục.')).toEqual([
      ['Nhà trường yêu cầu h', 'Nhà trường'],
    ]);
    expect(found('Cơ quan chức năng đề nghị người dân cảnh giác.')).toEqual([
      ['Cơ quan chức năng đề', 'Cơ quan chức năng'],
    ]);
  });
});

describe('Vietnamese directives: "hướng dẫn" as guidance on how', () => {
  it('reads "hướng dẫn" with an addressee who acts as an order', () => {
    expect(first('Công an huyện hướng dẫn các phương tiện đi theo đường tránh.')).toEqual([
      'Công an huyện hướng ',
    ]);
  });
  it('does not read guidance on how to do something as an order', () => {
    expect(first('Cục Thuế hướng dẫn cách kê khai thuế qua mạng.')).toEqual([]);
    expect(first('Sở Tư pháp hướng dẫn thủ tục đăng ký kết hôn.')).toEqual([]);
  });
});

describe('Vietnamese directives: a commune or town as the agent', () => {
  const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);
  it('reads "xã" and "thị xã" closing the agent before any ordering verb', () => {
    expect(issuers('UBND xã yêu cầu các hộ kinh doanh dọn hàng lấn chiếm vỉa hè.')).toEqual(['UBND xã']);
    expect(issuers('Chủ tịch UBND thị xã đề nghị công an vào cuộc xác minh.')).toEqual([
      'Chủ tịch UBND thị xã',
    ]);
  });
  it("passes a commune's task list to its items", () => {
    expect(
      issuers(
        'Trước mùa mưa, UBND xã yêu cầu các thôn:',
        '1. Rà soát các điểm ngập.',
        '2. Kiểm tra nhà yếu.',
      ),
    ).toEqual(['UBND xã', 'UBND xã', 'UBND xã']);
  });
  it('still reads "xã giao", "bàn giao", "Ban chỉ đạo" as no order', () => {
    expect(issuers('Hai đoàn có buổi gặp xã giao các đại biểu.')).toEqual([]);
    expect(issuers('Công trình được bàn giao cho địa phương quản lý.')).toEqual([]);
    expect(issuers('Ban chỉ đạo các cấp được kiện toàn trong tháng.')).toEqual([]);
  });
});

describe('Vietnamese directives: a team an authority sends as the agent', () => {
  const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);
  it('reads an inspection team closing the clause before the verb as the issuer', () => {
    expect(issuers('Đoàn kiểm tra yêu cầu chủ quán tạm dừng kinh doanh để khắc phục.')).toEqual([
      'Đoàn kiểm tra',
    ]);
    expect(issuers('Đoàn thanh tra đề nghị Sở Xây dựng thu hồi giấy phép của công ty.')).toEqual([
      'Đoàn thanh tra',
    ]);
  });
  it('does not read a team that only reports as giving an order', () => {
    expect(issuers('Đoàn kiểm tra cho biết cửa hàng đã khắc phục các lỗi.')).toEqual([]);
  });
});

describe('Vietnamese directives: a task team, and staff as those asked', () => {
  it('reads a task team as the body that asks, and staff after "yêu cầu" as its addressee', () => {
    expect(directives(run('vi', 'Đoàn công tác yêu cầu nhà máy tạm dừng xả thải ra sông.'))).toHaveLength(1);
    expect(directives(run('vi', 'Lãnh đạo bệnh viện yêu cầu nhân viên y tế trực 24/24.'))).toHaveLength(1);
  });
  it('still reads "công tác" before a cue as the work, not a team', () => {
    expect(directives(run('vi', 'Công tác yêu cầu phải có sự phối hợp nhịp nhàng giữa các bên.'))).toEqual(
      [],
    );
  });
});
