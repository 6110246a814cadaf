import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);

describe("Vietnamese issuer: a court enacting its own sanction after a prosecutor's request", () => {
  it('gives the remedy to the court that orders it, not to the request before', () => {
    expect(
      issuers(
        'Tại phiên tòa, đại diện Viện KSND đề nghị tuyên phạt bị cáo từ 7 đến 8 năm tù.',
        'HĐXX buộc bị cáo bồi thường cho bị hại 300 triệu đồng.',
      ),
    ).toEqual(['Viện KSND', 'HĐXX']);
  });
  it("keeps a run item with the run's issuer", () => {
    expect(
      issuers(
        'Chủ tịch UBND tỉnh Nguyễn Văn Sơn yêu cầu:',
        '- UBND huyện Phú Quốc cấm các phương tiện ra khơi từ 12h ngày 5/9.',
      ),
    ).toEqual(['Nguyễn Văn Sơn', 'Nguyễn Văn Sơn']);
  });
});

describe('Vietnamese issuer: a court named by "tòa" alone', () => {
  it('enacts the remedy it orders; "tòa nhà" (a building) orders nothing', () => {
    expect(issuers('Tòa tuyên buộc bị cáo bồi thường cho bị hại 200 triệu đồng.')).toEqual(['Tòa']);
    expect(issuers('Tòa phúc thẩm cũng buộc hai bị cáo liên đới bồi thường 28 triệu đồng.')).toEqual(['Tòa']);
    expect(issuers('Tòa nhà buộc phải sơ tán vì cháy lan nhanh.')).toEqual([]);
  });
});

describe('Vietnamese issuer: a court that sentences, then obliges after a comma', () => {
  const LEAD = 'Ông Mạc Văn Tâm, Chủ tịch UBND xã Đông Lâm, cho biết xã đã hỗ trợ gia đình bị hại.';
  it('is the court its first clause named', () => {
    expect(
      directives(
        run(
          'vi',
          LEAD,
          'Tòa tuyên phạt bị cáo Lò Thị Hằng 8 năm tù, đồng thời buộc bị cáo bồi thường cho bị hại 1,2 tỷ đồng.',
        ),
      ).map((d) => d.issuer),
    ).toEqual(['Tòa']);
  });
  it('leaves a clause with its own subject as it was', () => {
    expect(
      directives(
        run(
          'vi',
          LEAD,
          'Tòa tuyên phạt bị cáo Lò Thị Hằng 8 năm tù, HĐXX buộc bị cáo bồi thường cho bị hại 1,2 tỷ đồng.',
        ),
      ).map((d) => d.issuer),
    ).toEqual(['HĐXX']);
  });
  it('ends a body that obliges on its verb', () => {
    expect(issuers('UBND huyện Đông Lâm buộc chủ cơ sở tháo dỡ công trình, hoàn trả mặt bằng.')).toEqual([
      'UBND huyện Đông Lâm',
    ]);
  });
});

describe("Vietnamese issuer: a sanction after a chain of the subject body's own verbs", () => {
  it('is the body the sentence opens on, its name cut before its verbs', () => {
    expect(
      issuers(
        'Bộ Tài chính vừa có công văn gửi Ủy ban Chứng khoán Nhà nước đề nghị tăng cường giám sát thị trường.',
        'Cục Quản lý thị trường tỉnh Đông Lâm kiểm tra, phát hiện 500 chai rượu giả, buộc chủ cơ sở tiêu hủy toàn bộ số hàng.',
      ),
    ).toEqual(['Bộ Tài chính', 'Cục Quản lý thị trường tỉnh Đông Lâm']);
  });
  it('keeps an inspection team named with its task', () => {
    expect(issuers('Đoàn kiểm tra yêu cầu chủ cơ sở dừng hoạt động.')).toEqual(['Đoàn kiểm tra']);
  });
});
