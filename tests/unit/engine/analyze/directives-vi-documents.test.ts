import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...p: string[]) => directives(run('vi', ...p)).map((d) => d.issuer);
const count = (...p: string[]) => directives(run('vi', ...p)).length;

describe('Vietnamese directives: documents and the offices that issue them', () => {
  it('reads a document with a number in brackets before its ordering verb, for the office above it', () => {
    expect(
      issuers('Ngày 14/1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các bộ rà soát nhà đất.'),
    ).toEqual(['Thủ tướng Chính phủ']);
  });
  it('takes the body nearest the verb when a request of another body opens the sentence', () => {
    expect(
      issuers(
        'Theo đề nghị của Sở Y tế tại tờ trình ngày 18/11, UBND TP.HCM chỉ đạo các cơ sở karaoke tạm ngừng kinh doanh.',
      ),
    ).toEqual(['UBND TP.HCM']);
  });
  it('reads "giao" before a post or a body written in lower case, but not "giao ban"', () => {
    expect(count('Thành phố giao thủ trưởng các sở, ngành đẩy mạnh công tác tuyên truyền.')).toBe(1);
    expect(count('Tại cuộc giao ban báo chí, Thứ trưởng Lê Văn Hòa cung cấp thông tin về giá điện.')).toBe(0);
  });
  it('reads items numbered "1-" after an order with a colon', () => {
    expect(
      count(
        'Chủ tịch UBND thành phố chỉ đạo:',
        '1- Tạm dừng hoạt động các cơ sở karaoke, vũ trường trên địa bàn.',
        '2- Giao Sở Y tế phối hợp với các địa phương phun khử khuẩn.',
      ),
    ).toBe(3);
  });
});

describe("Vietnamese directives: an official's view of what others must do", () => {
  it('reads "Theo ông X, ... phải ..." as the order of X when X holds an office', () => {
    expect(
      issuers(
        'Chủ tịch UBND huyện Nguyễn Văn Tâm cho biết huyện đã hoàn thành 90% kế hoạch.',
        'Theo ông Tâm, các xã phải hoàn thành việc giải phóng mặt bằng trước ngày 30/6.',
      ),
    ).toEqual(['Nguyễn Văn Tâm']);
    expect(issuers('Theo Bộ trưởng, các địa phương cần chủ động nguồn vốn đối ứng.')).toEqual(['Bộ trưởng']);
  });
  it("leaves an expert's view an opinion", () => {
    expect(count('Theo ông Lê Văn Hùng, chuyên gia kinh tế, các địa phương cần đa dạng hóa nguồn thu.')).toBe(
      0,
    );
  });
});
