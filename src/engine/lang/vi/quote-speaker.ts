import { lastOfficialIn } from '../../analyze/directives/issuer';
import type { OfficialEntity } from '../../analyze/officials/entities';
import type { Sentence } from '../../text/sentences';
import type { OfficialAnnotation } from '../../types';
import { VI_SAYING_VERBS } from './directive-cues';
import { titleAgent } from './title-agent';

// A sentence that opens a quote ("“Huyện phải ...") after a list marker at most.
const OPENS_QUOTE = /^\s*(?:[-–•]\s*)?“/u;
// After the closing mark: "”, ông Út yêu cầu.", "” - Thủ tướng lưu ý.", the speaker and a verb of saying.
const ATTRIBUTION = new RegExp(
  `^[\\s,]*(?:[-–]\\s*)?([^.,;!?“”]{2,60}?)\\s+(?:${VI_SAYING_VERBS}|kêu gọi|chỉ rõ)(?![\\p{L}])`,
  'u',
);
// A quote runs over a few sentences of one speaker; farther on, the closing mark is another's.
const REACH = 1200;

/**
 * The official a quote opened by this sentence is attributed to where it closes ("“Huyện phải
 * quyết liệt hơn. Không để dự án chậm thêm”, ông Út yêu cầu."): the speaker of every sentence in
 * it, though named only after its last one. Null when the quote closes in the sentence itself (its
 * speaker is read there) or names no official.
 */
export function quoteSpeakerAhead(
  text: string,
  sentence: Sentence,
  officials: OfficialAnnotation[],
  entities: OfficialEntity[],
): string | null {
  const s = text.slice(sentence.start, sentence.end);
  if (!OPENS_QUOTE.test(s) || s.includes('”')) return null;
  const close = text.indexOf('”', sentence.end);
  if (close < 0 || close - sentence.end > REACH || text.slice(sentence.end, close).includes('“')) return null;
  const m = ATTRIBUTION.exec(text.slice(close + 1, close + 120));
  if (!m) return null;
  const official = lastOfficialIn(officials, close + 1, close + 1 + m[0].length);
  return official?.name ?? titleAgent(m[1]!, entities);
}
