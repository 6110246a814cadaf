import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);

describe('Vietnamese issuer: the body a letter is sent to is its addressee, not its sender', () => {
  it('gives the request to the sender named before an aside', () => {
    expect(
      issuers(
        'Ngày 2/4, Cục An toàn thực phẩm (Bộ Y tế) đã có công văn hỏa tốc gửi đến Sở Y tế Đà Nẵng đề nghị truy xuất nguồn gốc lô hàng.',
      ),
    ).toEqual(['Cục An toàn thực phẩm']);
    expect(
      issuers(
        'Tổng cục Thuế (Bộ Tài chính) có văn bản gửi tới Cục Thuế các tỉnh đề nghị rà soát hồ sơ hoàn thuế.',
      ),
    ).toEqual(['Tổng cục Thuế']);
  });
  it('keeps the sender where no aside stands between', () => {
    expect(issuers('Sở Tài chính có văn bản gửi UBND tỉnh đề nghị bổ sung kinh phí cho các xã.')).toEqual([
      'Sở Tài chính',
    ]);
  });
  it('keeps a body that asks with no sending before it', () => {
    expect(
      issuers('Sau khi kiểm tra, Sở Y tế Đà Nẵng đề nghị các bệnh viện báo cáo trước ngày 5/4.'),
    ).toEqual(['Sở Y tế Đà Nẵng']);
  });
});
