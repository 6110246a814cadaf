import { describe, expect, it } from 'vitest';
import {
  VI_ISSUING,
  VI_ISSUING_SCAN,
  VI_MODAL_SCAN,
  VI_RULE_FRAME_SCAN,
  VI_SPEECH_CUE_SCAN,
} from '../../../../src/engine/lang/vi/cue-scans';
import { VI_MODALS, VI_RULE_FRAME, VI_SPEECH_CUES } from '../../../../src/engine/lang/vi/directive-cues';
import { literalScan } from '../../../../src/engine/text/literal-scan';

// Sentences that put the cues beside the look-arounds that refuse them ("Ban chỉ đạo", "giao thông",
// "cáo buộc"), at the start and the end, twice, and glued to other letters.
const SENTENCES = [
  'UBND tỉnh yêu cầu các sở phải hoàn thành trước ngày 5/6.',
  'Ban chỉ đạo tỉnh đã họp; Thủ tướng chỉ đạo các bộ, ngành khẩn trương triển khai.',
  'Sở giao thông vận tải giao cho các đơn vị kiểm tra, bàn giao hồ sơ.',
  'giao Bộ Tài chính chủ trì',
  'Họ bị cáo buộc nhận hối lộ, buộc tội và buộc công ty nộp lại tiền; doanh nghiệp buộc phải dừng.',
  'Người dân không được tụ tập, không nên ra đường, cần phải đeo khẩu trang và cần thiết thì ở nhà.',
  'Theo Nghị định 100 và Luật Giao thông, quyết định xử phạt được ban hành; Quy chế mới có hiệu lực.',
  'Sở có văn bản gửi các trường; Tòa án tuyên phạt bị cáo; UBND đã ký Quyết định.',
  'hướng dẫn cách khai thuế, hướng dẫn các xã rà soát, chỉ thị các đơn vị, nhấn mạnh',
  'kiến nghịphải cấmcần',
  '',
];

const all = (re: RegExp, s: string) =>
  [...s.matchAll(new RegExp(re.source, 'gu'))].map((m) => [m.index, ...m]);

describe('literalScan', () => {
  it('finds what each Vietnamese cue regex finds, in order', () => {
    for (const s of SENTENCES) {
      for (const t of [s, s.toLowerCase()]) {
        expect([...VI_SPEECH_CUE_SCAN.all(t)].map((m) => [m.index, ...m])).toEqual(all(VI_SPEECH_CUES, t));
        expect([...VI_MODAL_SCAN.all(t)].map((m) => [m.index, ...m])).toEqual(all(VI_MODALS, t));
        expect(VI_RULE_FRAME_SCAN.exec(t)?.slice()).toEqual(VI_RULE_FRAME.exec(t)?.slice());
        expect(VI_RULE_FRAME_SCAN.exec(t)?.index).toEqual(VI_RULE_FRAME.exec(t)?.index);
        expect(VI_ISSUING_SCAN.test(t)).toBe(VI_ISSUING.test(t));
      }
    }
  });

  it('starts a search where asked and lets look-behinds see the text before it', () => {
    const scan = literalScan(/(?<![\p{L}])ab(?![\p{L}])/u, ['ab']);
    expect(scan.exec('xab ab', 0)?.index).toBe(4);
    expect(scan.exec('ab ab', 1)?.index).toBe(3);
    expect(scan.exec('xab', 1)).toBeNull();
  });
});
