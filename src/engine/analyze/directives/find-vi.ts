import type { Sentence } from '../../text/sentences';
import type { OfficialAnnotation } from '../../types';
import {
  VI_ADDRESSEE,
  VI_BODY_START,
  VI_CONNECTIVES,
  VI_CUE_NOUN_BEFORE,
  VI_IMPERATIVE_VERBS,
  VI_MODAL_FALSE,
  VI_MODALS,
  VI_REPORT_OR_COMMITMENT,
  VI_SITUATION_OPENERS,
  VI_SPEECH_CUES,
  VI_WEAK_SPEECH,
} from '../lexicons/vi-directive-cues';
import type { OfficialEntity } from '../officials/entities';
import { lastOfficialIn, mainOfficial, resolveTitleAgent } from './issuer';

export interface FoundDirective {
  start: number;
  end: number;
  issuer: string | null;
}

const OBLIGATION_AFTER =
  /(?:phải|cần|không được|không để|yêu cầu|đề nghị|các cơ quan|các sở|các đơn vị|các địa phương|các bộ|các cấp)/u;
const FOLLOW_ON_AGENT = /^(?:đại diện này|ông|bà|đồng chí|lãnh đạo)\b/iu;
const PAST = /(?:^|\s)(?:đã|vừa qua|đã từng)\s/u;

const FIRST_TWO_WORDS = /^([\p{L}]+)(?:[\s,;:.]+([\p{L}]+))?/u;

function startsImperative(lower: string): boolean {
  const body = lower.replace(VI_CONNECTIVES, '');
  if (VI_REPORT_OR_COMMITMENT.test(body)) return false;
  const m = FIRST_TWO_WORDS.exec(body);
  const one = m?.[1] ?? '';
  const two = `${one} ${m?.[2] ?? ''}`;
  if (VI_IMPERATIVE_VERBS.has(two) || VI_IMPERATIVE_VERBS.has(one)) return !PAST.test(body.slice(0, 40));
  return VI_ADDRESSEE.test(body);
}

/** Vietnamese directives: reported orders, obligations, and imperative runs after an order. */
export function findViDirectives(
  text: string,
  sentences: Sentence[],
  officials: OfficialAnnotation[],
  entities: OfficialEntity[],
): FoundDirective[] {
  const out: FoundDirective[] = [];
  const main = mainOfficial(officials);
  let runIssuer: string | null = null;
  let lastIssuer: string | null = null;
  for (const sentence of sentences) {
    if (sentence.kind === 'caption') continue;
    if (sentence.kind === 'heading') {
      runIssuer = null;
      continue;
    }
    const s = text.slice(sentence.start, sentence.end);
    const lower = s.toLowerCase();
    let issuer: string | null = null;
    let isDirective = false;
    const opener = lower.replace(VI_CONNECTIVES, '');
    for (const cue of s.matchAll(VI_SPEECH_CUES)) {
      const before = s.slice(0, cue.index);
      // End-anchored patterns only need the words just before the cue; a short tail keeps them linear.
      const tail = before.slice(-80);
      const after = s.slice(cue.index + cue[0].length);
      const byline = /(?:^|\s)theo\s$/iu.test(tail) && /^\s*của/u.test(after);
      const passive = /(?:được|bị)\s$/u.test(tail);
      const agentOfficial = lastOfficialIn(officials, sentence.start, sentence.start + cue.index);
      const nounUse = VI_CUE_NOUN_BEFORE.test(tail.toLowerCase()) && !/theo\s$/u.test(tail.toLowerCase());
      if (byline) {
        const next = officials.find((o) => o.start >= sentence.start + cue.index && o.start < sentence.end);
        issuer = next?.name ?? resolveTitleAgent(after.split(',')[0]!, entities);
      } else if (passive) {
        issuer = runIssuer ?? lastIssuer ?? main;
      } else if (!nounUse) {
        issuer =
          agentOfficial?.name ??
          resolveTitleAgent(tail, entities) ??
          VI_BODY_START.exec(tail)?.[0].trim() ??
          (FOLLOW_ON_AGENT.test(before.trim()) ? lastIssuer : null);
      }
      // A weak cue ("nhấn mạnh") orders only with an obligation after it, or closing a quoted order
      // addressed to someone ("Mỗi cơ quan ... phải ...", ông Hoan nhấn mạnh).
      const attribution = after.trim().length <= 2 && VI_ADDRESSEE.test(opener);
      const weak = VI_WEAK_SPEECH.has(cue[0]) && !OBLIGATION_AFTER.test(after) && !attribution;
      if (issuer && !weak) {
        isDirective = true;
        if (!/^(?:nhấn mạnh|nêu rõ|lưu ý)$/u.test(cue[0])) runIssuer = issuer;
        break;
      }
      issuer = null;
    }
    if (!isDirective) {
      const modal = VI_MODALS.exec(lower);
      if (modal && !VI_MODAL_FALSE.test(lower) && !VI_SITUATION_OPENERS.test(opener)) {
        const agent = lastOfficialIn(officials, sentence.start, sentence.end);
        issuer = runIssuer ?? agent?.name ?? lastIssuer ?? main;
        isDirective = issuer !== null || VI_ADDRESSEE.test(opener);
      } else if (runIssuer && startsImperative(lower)) {
        issuer = runIssuer;
        isDirective = true;
      }
    }
    if (isDirective) {
      out.push({ start: sentence.start, end: sentence.end, issuer });
      lastIssuer = issuer ?? lastIssuer;
    } else if (sentence.blockStart) runIssuer = null;
  }
  return out;
}
