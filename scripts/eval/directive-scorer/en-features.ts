import {
  EN_BODY,
  EN_NEGATED,
  EN_NON_AUTHORITY,
  EN_OBLIGATION,
  EN_PROHIBITION,
  EN_RULE_NOUN,
  EN_RULE_OPENER,
  EN_SAY,
  EN_WOULD,
} from '../../../src/engine/lang/en/directive-cues';
import { findCue } from '../../../src/engine/lang/en/directive-frames';
import { enTriggerOffsets } from '../../../src/engine/lang/en/find-directives';
import { findObligation } from '../../../src/engine/lang/en/obligation';
import { type EnContext, isAuthority, resolveSubject } from '../../../src/engine/lang/en/subject';
import type { Sentence } from '../../../src/engine/text/sentences';
import type { Word } from '../../../src/engine/text/words';
import { contextFeatures, type SentenceContext } from './context-features';

/**
 * Kinds of English directive evidence in one sentence, for the learned scorer: the ordering verb's
 * frame and subject kind as the rules read them, the modal or passive order, and what weakens or
 * anchors them (negation, a hypothesis, a report, a rule, a non-authority, a first person).
 */

export interface EnFeatureContext extends SentenceContext {
  words: readonly Word[];
  /** enTriggerOffsets of the page's words, computed once. */
  triggers: number[];
  en: EnContext;
}

const CONDITIONAL = /^["“‘]?(?:If|Unless|Should|When)\b/u;
const FIRST_PERSON = /^["“‘]?(?:we|i)\b/iu;
const FUTURE = /\b(?:will|would|plans? to|is to|are to)\b/iu;
const ORDER_NOUN =
  /\b(?:orders?|bans?|calls? (?:for|on)|requirements?|directives?|instructions?|mandates?)\b/iu;
const PAST_CUE = /^\S+ed\b/u;

/** A fresh per-page context for the English features. */
export function enFeatureContext(base: SentenceContext, words: readonly Word[]): EnFeatureContext {
  return {
    ...base,
    words,
    triggers: enTriggerOffsets(words as Word[]),
    en: { text: base.text, words, officials: base.officials, lastIssuer: null },
  };
}

/** The sentence's features, or null when it holds no trigger word (no English cue can start there). */
export function enDirectiveFeatures(ctx: EnFeatureContext, sentence: Sentence, s: string): string[] | null {
  const at: number[] = [];
  for (const t of ctx.triggers) {
    if (t >= sentence.end) break;
    if (t >= sentence.start) at.push(t - sentence.start);
  }
  if (at.length === 0) return null;
  const out: string[] = ['trigger'];
  const cue = findCue(s, at);
  if (cue) {
    out.push('cue', `cue:${cue.frame}`);
    if (cue.rule) out.push('cue:rule-verb');
    const before = s.slice(0, cue.at);
    if (EN_PROHIBITION.test(before)) out.push('cue:prohibited');
    else if (EN_NEGATED.test(before)) out.push('cue:negated');
    if (EN_WOULD.test(before)) out.push('cue:would');
    if (PAST_CUE.test(s.slice(cue.at))) out.push('cue:past');
    const subject = resolveSubject(ctx.en, sentence.start, sentence.start + cue.at);
    out.push(`subject:${subject.kind}`);
    if (isAuthority(subject)) out.push('subject:authority');
  }
  const m = EN_OBLIGATION.exec(`${s} `);
  if (m)
    out.push(
      m[1]
        ? /^(?:must|shall)/u.test(m[1])
          ? 'modal:must'
          : 'modal:other'
        : m[2]
          ? 'modal:passive'
          : 'modal:cannot',
    );
  if (findObligation(ctx.en, sentence, s, at)) out.push('obligation');
  if (EN_RULE_OPENER.test(s)) out.push('rule:opener');
  else if (EN_RULE_NOUN.test(s)) out.push('rule:noun');
  if (EN_SAY.test(s)) out.push('say');
  if (EN_NON_AUTHORITY.test(s)) out.push('non-authority');
  if (EN_BODY.test(s)) out.push('body');
  if (CONDITIONAL.test(s)) out.push('conditional');
  if (FIRST_PERSON.test(s)) out.push('first-person');
  if (FUTURE.test(s)) out.push('future');
  if (ORDER_NOUN.test(s)) out.push('order-noun');
  contextFeatures(ctx, sentence, s, out);
  return out;
}
