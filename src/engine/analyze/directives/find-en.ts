import type { Sentence } from '../../text/sentences';
import type { OfficialAnnotation } from '../../types';
import { EN_BODY, EN_NON_AUTHORITY, EN_SPEECH_CUES } from '../lexicons/directive-cues';
import type { FoundDirective } from './find-vi';
import { lastOfficialIn } from './issuer';

const PRONOUN = /(?:^|\s)(he|she|they|it)\s(?:[\p{L}]+\s){0,3}$/iu;
const SANCTION = /^(?:banned|bans|barred|prohibited|forbade|suspended)$/u;

/** English directives: an official, a pronoun for one, or a body orders, urges or calls on someone. */
export function findEnDirectives(
  text: string,
  sentences: Sentence[],
  officials: OfficialAnnotation[],
): FoundDirective[] {
  const out: FoundDirective[] = [];
  for (const sentence of sentences) {
    if (sentence.kind === 'caption' || sentence.kind === 'heading') continue;
    const s = text.slice(sentence.start, sentence.end);
    const cue = EN_SPEECH_CUES.exec(s);
    if (!cue) continue;
    const before = s.slice(0, cue.index);
    if (EN_NON_AUTHORITY.test(before)) continue;
    const agent = lastOfficialIn(officials, sentence.start, sentence.start + cue.index);
    let issuer: string | null = null;
    let ok = false;
    if (agent) {
      issuer = agent.name;
      ok = true;
    } else {
      const body = EN_BODY.exec(before);
      const pronoun = PRONOUN.exec(before.slice(-60));
      if (body) {
        ok = true;
        issuer = /^\p{Lu}/u.test(body[0]) && !/^The$/u.test(body[0]) ? body[0].replace(/^the /iu, '') : null;
        if (issuer && /^(?:The )/u.test(issuer)) issuer = issuer.slice(4);
      } else if (pronoun && !SANCTION.test(cue[0])) {
        ok = true;
        const who = pronoun[1]!.toLowerCase();
        issuer =
          who === 'he' || who === 'she' ? (lastOfficialIn(officials, 0, sentence.start)?.name ?? null) : null;
      }
    }
    if (ok) out.push({ start: sentence.start, end: sentence.end, issuer });
  }
  return out;
}
