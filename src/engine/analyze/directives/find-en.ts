import type { Sentence } from '../../text/sentences';
import type { OfficialAnnotation } from '../../types';
import {
  EN_ATTRIBUTION,
  EN_BODY,
  EN_NON_AUTHORITY,
  EN_NOT_ADDRESSEE,
  EN_OBLIGATION,
  EN_SPEECH_CUES,
} from '../lexicons/directive-cues';
import { EN_TRIGGER } from '../officials/word-flags';
import type { Word } from '../officials/words';
import type { FoundDirective } from './find-vi';
import { lastOfficialIn } from './issuer';

const PRONOUN = /(?:^|\s)(he|she|they|it)\s(?:[\p{L}]+\s){0,3}$/iu;
const SANCTION = /^(?:banned|bans|barred|prohibited|forbade|suspended)$/u;
const LAST_WORD = /([\p{L}'’-]+)[\s"“]*$/u;
const RULE_OPENER =
  /^(?:Under (?:the|a|an|its|new|this) [^,]{0,60}\b(?:law|laws|rule|rules|regulations?|decree|order|directive|guidelines|act|bill|policy|plan|agreement|deal)\b)/iu;

/**
 * "the ministry" names the body the article has named in full before ("the Ministry of Industry
 * and Trade"); that full name is the issuer, else the body as written without its article.
 */
function bodyIssuer(text: string, before: number, body: string): string | null {
  const bare = body.replace(/^the /iu, '');
  if (/^\p{Lu}/u.test(bare)) return bare;
  const head = bare.split(' ')[0]!;
  const cap = head[0]!.toUpperCase() + head.slice(1);
  const named = new RegExp(`\\b${cap}(?: of(?: (?:and |the |for )?\\p{Lu}[\\p{L}]*)+)?`, 'gu');
  let last: string | null = null;
  for (const m of text.slice(Math.max(0, before - 4000), before).matchAll(named)) last = m[0];
  return last;
}

/** The authority behind an obligation: a closing attribution to an official or body, or a rule. */
function obligationIssuer(
  text: string,
  sentence: Sentence,
  s: string,
  officials: OfficialAnnotation[],
): { ok: boolean; issuer: string | null } {
  const modal = EN_OBLIGATION.exec(s);
  if (!modal) return { ok: false, issuer: null };
  const subject = LAST_WORD.exec(s.slice(0, modal.index))?.[1] ?? '';
  if (!subject || EN_NOT_ADDRESSEE.test(subject)) return { ok: false, issuer: null };
  const rest = s.slice(modal.index);
  const said = EN_ATTRIBUTION.exec(rest);
  if (said) {
    const from = sentence.start + modal.index + said.index;
    const agent = lastOfficialIn(officials, from, sentence.end);
    if (agent) return { ok: true, issuer: agent.name };
    const body = EN_BODY.exec(said[1]!);
    if (body && !EN_NON_AUTHORITY.test(said[1]!))
      return { ok: true, issuer: bodyIssuer(text, sentence.start, body[0]) };
    if (/^(?:he|she)$/iu.test(said[1]!.trim()))
      return { ok: true, issuer: lastOfficialIn(officials, 0, sentence.start)?.name ?? null };
  }
  if (RULE_OPENER.test(s)) return { ok: true, issuer: null };
  return { ok: false, issuer: null };
}

/** Start offsets of the words that may open an English cue, in text order. */
export function enTriggerOffsets(words: Word[]): number[] {
  const out: number[] = [];
  for (const w of words) if ((w.lex & EN_TRIGGER) !== 0) out.push(w.start);
  return out;
}

/** English directives: an official, a pronoun for one, or a body orders, urges or calls on someone. */
export function findEnDirectives(
  text: string,
  sentences: Sentence[],
  officials: OfficialAnnotation[],
  triggers: number[],
): FoundDirective[] {
  const out: FoundDirective[] = [];
  let t = 0;
  for (const sentence of sentences) {
    while (t < triggers.length && triggers[t]! < sentence.start) t++;
    if (t === triggers.length) break;
    if (triggers[t]! >= sentence.end) continue;
    if (sentence.kind === 'caption' || sentence.kind === 'heading') continue;
    const s = text.slice(sentence.start, sentence.end);
    const cue = EN_SPEECH_CUES.exec(s);
    if (!cue) {
      const obligation = obligationIssuer(text, sentence, s, officials);
      if (obligation.ok) out.push({ start: sentence.start, end: sentence.end, issuer: obligation.issuer });
      continue;
    }
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
        issuer = bodyIssuer(text, sentence.start, body[0]);
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
