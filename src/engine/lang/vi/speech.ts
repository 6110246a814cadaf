import { lastOfficialIn, resolveTitleAgent } from '../../analyze/directives/issuer';
import type { OfficialEntity } from '../../analyze/officials/entities';
import type { Sentence } from '../../text/sentences';
import type { OfficialAnnotation } from '../../types';
import {
  VI_ADDRESSEE,
  VI_AGENT_ONLY,
  VI_BODY_PREDICATE,
  VI_BODY_START,
  VI_CONNECTIVES,
  VI_CUE_NOUN_BEFORE,
  VI_LEAD_ADVERBIAL,
  VI_SPEECH_CUES,
  VI_WEAK_SPEECH,
} from './directive-cues';

/** What the passage so far says about who is speaking: the run's issuer, the last one, the main official. */
export interface ViContext {
  officials: OfficialAnnotation[];
  entities: OfficialEntity[];
  runIssuer: string | null;
  lastIssuer: string | null;
  main: string | null;
}

export interface SpeechOrder {
  /** Null for a passive order whose speaker the passage does not name ("được khuyến nghị"). */
  issuer: string | null;
  /** Whether the sentence opens a run of imperatives that belong to its issuer. */
  opensRun: boolean;
}

const OBLIGATION_AFTER =
  /(?:phải|cần|không được|không để|yêu cầu|đề nghị|các cơ quan|các sở|các đơn vị|các địa phương|các bộ|các cấp)/u;
const FOLLOW_ON_AGENT = /^(?:đại diện này|ông|bà|đồng chí|lãnh đạo)\b/iu;
const TAIL = 100;
// "đã chỉ đạo (quyết liệt) ..." reports how an authority managed its work, not an order.
const MANAGED = /(?:^|\s)đã\s(?:[^\s]+\s){0,2}$/u;

/** A body named as the subject just before the cue, cut where its own predicate starts. */
export function bodyBefore(tail: string): { name: string; at: number } | null {
  const m = VI_BODY_START.exec(tail);
  if (!m) return null;
  const name = m[0].replace(VI_BODY_PREDICATE, '').trim();
  return name ? { name, at: m.index } : null;
}

/**
 * The agent of an ordering verb: the subject nearest the cue among an official the officials
 * analyzer found, a title ("Phó Thủ tướng"), a body ("UBND tỉnh", "Ban Chỉ huy ..."), or a
 * follow-on pronoun ("ông", "đại diện này") for the last issuer.
 */
function agentOf(s: string, sentence: Sentence, cueAt: number, ctx: ViContext): string | null {
  const before = s.slice(0, cueAt);
  const tailStart = Math.max(0, cueAt - TAIL);
  const tail = s.slice(tailStart, cueAt);
  const official = lastOfficialIn(ctx.officials, sentence.start, sentence.start + cueAt);
  const body = bodyBefore(tail);
  const bodyAfterOfficial = body && (!official || sentence.start + tailStart + body.at >= official.end);
  if (official && !bodyAfterOfficial) return official.name;
  return (
    resolveTitleAgent(tail, ctx.entities) ??
    body?.name ??
    (FOLLOW_ON_AGENT.test(before.trim()) ? ctx.lastIssuer : null)
  );
}

/** A reported order: an ordering verb with an authority as its agent, or subjectless after an adverbial. */
export function speechOrder(s: string, sentence: Sentence, ctx: ViContext): SpeechOrder | null {
  const opener = s.toLowerCase().replace(VI_CONNECTIVES, '');
  const carried = ctx.runIssuer ?? ctx.lastIssuer ?? ctx.main;
  for (const cue of s.matchAll(VI_SPEECH_CUES)) {
    const verb = cue[0];
    const before = s.slice(0, cue.index);
    const tail = before.slice(-TAIL).toLowerCase();
    const after = s.slice(cue.index + verb.length);
    const byline = /(?:^|\s)theo\s$/u.test(tail) && /^\s*của/u.test(after);
    const passive = /(?:được|bị)\s$/u.test(tail);
    const nounUse =
      (VI_CUE_NOUN_BEFORE.test(tail) && !/theo\s$/u.test(tail)) || (verb === 'chỉ đạo' && MANAGED.test(tail));
    let issuer: string | null = null;
    if (byline) {
      const next = ctx.officials.find((o) => o.start >= sentence.start + cue.index && o.start < sentence.end);
      issuer = next?.name ?? resolveTitleAgent(after.split(',')[0]!, ctx.entities);
    } else if (passive) issuer = carried;
    else if (!nounUse) {
      issuer = agentOf(s, sentence, cue.index, ctx);
      // "Đồng thời giao Cục Thống kê ...", "Trên cơ sở đó, giao Bộ ...": the passage's speaker goes on.
      if (!issuer && !VI_AGENT_ONLY.has(verb) && VI_LEAD_ADVERBIAL.test(before.toLowerCase().trim()))
        issuer = carried;
    }
    // A weak cue ("nhấn mạnh") orders only with an obligation after it, or closing a quoted order
    // addressed to someone ("Mỗi cơ quan ... phải ...", ông Hoan nhấn mạnh).
    const attribution = after.trim().length <= 2 && VI_ADDRESSEE.test(opener);
    const weak = VI_WEAK_SPEECH.has(verb) && !OBLIGATION_AFTER.test(after) && !attribution;
    if ((issuer || passive) && !weak)
      return {
        issuer,
        opensRun: !/^(?:nhấn mạnh|nêu rõ|lưu ý|hướng dẫn|khuyến cáo|khuyến nghị)$/u.test(verb),
      };
  }
  return null;
}
