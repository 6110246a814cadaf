import { literalScan } from '../../text/literal-scan';
import { VI_MODALS, VI_RULE_FRAME, VI_SPEECH_CUES } from './directive-cues';

/**
 * The cue regexes read on every sentence, searched from their literal phrases (see literal-scan):
 * each list holds the phrase every alternative of its regex opens with.
 */
export const VI_SPEECH_CUE_LITERALS = [
  'yêu cầu',
  'chỉ đạo',
  'đề nghị',
  'kêu gọi',
  'đôn đốc',
  'ra lệnh',
  'lệnh cho',
  'quán triệt',
  'phân công',
  'giao',
  'nêu rõ',
  'lưu ý',
  'nhắc nhở',
  'nhấn mạnh',
  'chỉ thị',
  'hướng dẫn',
  'khuyến cáo',
  'khuyến nghị',
  'kiến nghị',
];
export const VI_SPEECH_CUE_SCAN = literalScan(VI_SPEECH_CUES, VI_SPEECH_CUE_LITERALS);

export const VI_MODAL_LITERALS = [
  'buộc',
  'phải',
  'cần',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'không được',
  'không nên',
  'cấm',
  'bắt buộc',
  'không để',
  'tuyệt đối không',
  'bị hạn chế',
  'chỉ được',
  'tối đa được phép',
  'được phép tối đa',
  'đình chỉ',
];
export const VI_MODAL_SCAN = literalScan(VI_MODALS, VI_MODAL_LITERALS);

export const VI_RULE_FRAME_LITERALS = [
  'Nghị định',
  'Thông tư',
  'Luật',
  'Bộ luật',
  'Pháp lệnh',
  'Quyết định',
  'quyết định xử phạt',
  'Chỉ thị',
  'Công điện',
  'quy định',
  'Quy định',
  'quy chế',
  'Quy chế',
];
export const VI_RULE_FRAME_SCAN = literalScan(VI_RULE_FRAME, VI_RULE_FRAME_LITERALS);

/**
 * Issuing a document or a sanction: the body beside it issued the rules that follow. A court's
 * sentence and a body's letter issue rules too ("Tòa án ... tuyên phạt ..., buộc ...", "Sở ... có
 * văn bản gửi các trường").
 */
export const VI_ISSUING =
  /(?=[bkxrtcg])(?<![\p{L}])(?:ban hành|ký|xử phạt|ra quyết định|tuyên phạt|tuyên án|(?:có|gửi|phát đi) (?:văn bản|công văn|công điện))(?![\p{L}])/u;

export const VI_ISSUING_LITERALS = [
  'ban hành',
  'ký',
  'xử phạt',
  'ra quyết định',
  'tuyên phạt',
  'tuyên án',
  ...['có', 'gửi', 'phát đi'].flatMap((v) => ['văn bản', 'công văn', 'công điện'].map((d) => `${v} ${d}`)),
];
export const VI_ISSUING_SCAN = literalScan(VI_ISSUING, VI_ISSUING_LITERALS);
