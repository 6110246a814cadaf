import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('vi', ...paragraphs));
const issuers = (...paragraphs: string[]) => found(...paragraphs).map((d) => d.issuer);

describe('Vietnamese directives: bans and sanctions reported after a time or cause', () => {
  it('keeps a ban or a sanction given in the past an order', () => {
    expect(found('Trước đó, UBND thị xã đã cấm xe khách đi vào khu phố cổ.')).toHaveLength(1);
    expect(found('Năm 2024, Sở Xây dựng buộc chủ nhà tháo dỡ phần tầng xây vượt phép.')).toHaveLength(1);
    expect(found('Do vi phạm kéo dài, cửa hàng bị cấm kinh doanh trong ba tháng.')).toHaveLength(1);
  });
  it('still reads a past or quantified "phải" as a circumstance', () => {
    expect(found('Trước đây, nhiều hộ dân buộc phải bỏ ruộng vì thiếu nước.')).toEqual([]);
    expect(found('Năm ngoái, hàng trăm công nhân phải nghỉ việc không lương.')).toEqual([]);
    expect(found('Năm trước, một số nước cấm vận nông sản của quốc gia này.')).toEqual([]);
  });
});

describe('Vietnamese directives: the body that enacts a ban', () => {
  it('reads the body or the named place before "cấm"/"buộc" as the issuer', () => {
    expect(issuers('UBND huyện tạm cấm xe trên 10 tấn đi qua cầu treo.')).toEqual(['UBND huyện']);
    expect(issuers('Trước đó, Ban Quản lý chợ đã nghiêm cấm tiểu thương bày hàng ra lối đi.')).toEqual([
      'Ban Quản lý chợ',
    ]);
    expect(issuers('Tỉnh Quảng Trị cấm tàu cá ra khơi kể từ trưa nay.')).toEqual(['Tỉnh Quảng Trị']);
  });
  it('does not read the banned party, or a body under an obligation, as the one who bans', () => {
    expect(issuers('Trung tâm đăng kiểm bị cấm hoạt động trong 6 tháng.')).not.toContain(
      'Trung tâm đăng kiểm',
    );
    expect(issuers('Các sở phải báo cáo UBND tỉnh trước ngày 15/12.')).not.toContain('Các sở');
  });
});
