import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('vi', ...paragraphs));

describe('Vietnamese directives: "phải" as a consequence, not an obligation', () => {
  it('does not read a hardship forced by circumstances as an order', () => {
    expect(found('Các hộ dân phải lội nước để ra chợ.')).toEqual([]);
    expect(found('Người lao động phải vay nóng để trang trải.')).toEqual([]);
    expect(found('Các công ty phải đối diện với đơn hàng sụt giảm.')).toEqual([]);
  });
  it('does not read a sentence opening on a cause as an order', () => {
    expect(found('Vì ngập sâu, các trường học phải cho học sinh nghỉ.')).toEqual([]);
    expect(found('Do thiếu vốn, doanh nghiệp phải dừng dự án.')).toEqual([]);
  });
  it('still reads "Do đó" (therefore) and an obligation on an addressee as directives', () => {
    expect(found('Do đó, các địa phương phải rà soát lại toàn bộ danh sách.')).toHaveLength(1);
    expect(found('Các cơ sở y tế phải điều chỉnh giá dịch vụ theo quy định.')).toHaveLength(1);
  });
});

describe('Vietnamese directives: the body that issues a document or a sentence', () => {
  const issuers = (...paragraphs: string[]) => found(...paragraphs).map((d) => d.issuer);
  it('reads "văn bản chỉ đạo" with an addressee as the document directing, for the body that issued it', () => {
    expect(issuers('UBND tỉnh Nghệ An vừa ban hành văn bản chỉ đạo các huyện sơ tán dân.')).toEqual([
      'UBND tỉnh Nghệ An',
    ]);
    expect(found('Văn bản chỉ đạo của tỉnh được gửi từ tuần trước.')).toEqual([]);
  });
  it('gives a court its sanction, not the issuer of the sentence before', () => {
    expect(
      issuers(
        'Bộ Công an đề nghị người dân cảnh giác.',
        'Tòa án nhân dân tỉnh Long An tuyên phạt bị cáo 7 năm tù, buộc bị cáo trả lại 200 triệu đồng.',
      ),
    ).toEqual(['Bộ Công an', 'Tòa án nhân dân tỉnh Long An']);
  });
  it('gives the rules that follow a letter to the body that sent it', () => {
    expect(
      issuers(
        'Sở Y tế Đà Nẵng vừa có công văn gửi các bệnh viện về giá dịch vụ.',
        'Theo đó, các bệnh viện không được thu thêm phí ngoài danh mục.',
      ),
    ).toEqual(['Sở Y tế Đà Nẵng']);
  });
});

describe('Vietnamese directives: states as issuers', () => {
  const issuers = (...paragraphs: string[]) => found(...paragraphs).map((d) => d.issuer);
  it('gives a request to the state, or the nameless office of a state, that makes it', () => {
    expect(
      issuers(
        'Bộ Y tế đề nghị các tỉnh tăng cường giám sát.',
        'Hàn Quốc yêu cầu Triều Tiên dừng phóng tên lửa.',
        'Phía Anh đề nghị các bên kiềm chế.',
        'Tổng thống Pháp kêu gọi châu Âu tăng chi tiêu quốc phòng.',
      ),
    ).toEqual(['Bộ Y tế', 'Hàn Quốc', 'Anh', 'Tổng thống Pháp']);
  });
});

describe('Vietnamese directives: a request verb opening the sentence as a noun', () => {
  it('does not read "Yêu cầu đặt ra là ..." or "Đề nghị này ..." as an order, but reads "Yêu cầu các bộ ..."', () => {
    expect(found('Yêu cầu đặt ra là nâng cao năng suất lao động.')).toEqual([]);
    expect(found('Đề nghị này đã được Ban Thường vụ chấp thuận.')).toEqual([]);
    expect(found('Yêu cầu các sở khẩn trương hoàn thiện hồ sơ.')).toHaveLength(1);
  });
});

describe('Vietnamese directives: need and going without', () => {
  it('does not read "cần" before what is needed, or "không được hưởng", as an obligation', () => {
    expect(found('Các hợp tác xã cần vốn để mở rộng sản xuất.')).toEqual([]);
    expect(found('Các trường cần thêm 300 giáo viên.')).toEqual([]);
    expect(found('Người lao động không được hưởng trợ cấp do thiếu hồ sơ.')).toEqual([]);
  });
  it('still reads "cần" before an action as an obligation on an addressee', () => {
    expect(found('Các địa phương cần chủ động tìm đầu ra cho nông sản.')).toHaveLength(1);
  });
});
