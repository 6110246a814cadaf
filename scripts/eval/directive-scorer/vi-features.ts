import {
  VI_ADDRESSEE,
  VI_AGENT_ONLY,
  VI_BODY_ANY,
  VI_COMMITMENT,
  VI_CONNECTIVES,
  VI_CUE_DENIED,
  VI_CUE_NOUN_BEFORE,
  VI_GROUP_OPENER,
  VI_IMPERATIVE_VERBS,
  VI_MODAL_FALSE,
  VI_MODALS,
  VI_OPINION_OPENER,
  VI_REPORT_OR_COMMITMENT,
  VI_REPORTING,
  VI_RULE_ADDRESSEE,
  VI_RULE_FRAME,
  VI_SITUATION_OPENERS,
  VI_SPEAKS,
  VI_SPEECH_CUES,
  VI_STRONG_MODAL,
  VI_WEAK_SPEECH,
} from '../../../src/engine/lang/vi/directive-cues';
import { deadlineIn, obligationIn, ruleIn } from '../../../src/engine/lang/vi/obligation';
import { requestAt } from '../../../src/engine/lang/vi/request';
import type { Sentence } from '../../../src/engine/text/sentences';
import { contextFeatures, officialsIn, type SentenceContext } from './context-features';

/**
 * Kinds of Vietnamese directive evidence in one sentence, for the learned scorer: the cue kinds the
 * rules look for (ordering verb, modal, request, imperative opener, assignment) and what weakens or
 * anchors them (used as a noun, denied, a report, a promise, an addressee, a rule, an official).
 */

const STRONG_SPEECH = new Set([
  'yêu cầu',
  'chỉ đạo',
  'giao',
  'kêu gọi',
  'ra lệnh',
  'lệnh cho',
  'đôn đốc',
  'phân công',
]);
const ASSIGNMENT = /(?<![\p{L}])chủ trì,? phối hợp(?![\p{L}])/u;
const PAST = /(?:^|\s)(?:đã|vừa|từng)\s/u;
const FUTURE = /(?:^|\s)(?:sẽ|dự kiến)\s/u;
const SHOULD = /(?<![\p{L}])nên(?![\p{L}])/u;
const FIRST_TWO = /^([\p{L}]+)(?:\s([\p{L}]+))?/u;

function speechFeatures(lower: string, out: string[]): boolean {
  let any = false;
  for (const m of lower.matchAll(VI_SPEECH_CUES)) {
    const before = lower.slice(Math.max(0, m.index - 30), m.index);
    if (VI_CUE_NOUN_BEFORE.test(before)) {
      out.push('speech:noun-use');
      continue;
    }
    if (VI_CUE_DENIED.test(before)) {
      out.push('speech:denied');
      continue;
    }
    any = true;
    const cue = m[0];
    out.push(
      STRONG_SPEECH.has(cue)
        ? 'speech:strong'
        : VI_WEAK_SPEECH.has(cue)
          ? 'speech:weak'
          : VI_AGENT_ONLY.has(cue)
            ? 'speech:agent-only'
            : 'speech:other',
    );
    if (m.index < 3) out.push('speech:opens');
  }
  return any;
}

function modalFeatures(lower: string, out: string[]): boolean {
  let any = false;
  for (const m of lower.matchAll(VI_MODALS)) {
    const window = lower.slice(Math.max(0, m.index - 14), m.index + m[0].length + 14);
    if (VI_MODAL_FALSE.test(window)) {
      out.push('modal:false-use');
      continue;
    }
    any = true;
    out.push(
      VI_STRONG_MODAL.test(m[0]) ? 'modal:strong' : m[0].startsWith('cần') ? 'modal:need' : 'modal:must',
    );
  }
  if (SHOULD.test(lower)) out.push('modal:should');
  return any;
}

/** The sentence's features, or null when it holds no cue of any kind (the scorer then leaves it alone). */
export function viDirectiveFeatures(ctx: SentenceContext, sentence: Sentence, s: string): string[] | null {
  const out: string[] = [];
  const lower = s.toLowerCase();
  const opener = lower.replace(VI_CONNECTIVES, '');
  const speech = speechFeatures(lower, out);
  const modal = modalFeatures(lower, out);
  const two = FIRST_TWO.exec(opener);
  const imperative =
    !!two && (VI_IMPERATIVE_VERBS.has(two[1]!) || VI_IMPERATIVE_VERBS.has(`${two[1]} ${two[2] ?? ''}`));
  const request = requestAt(s, lower) >= 0;
  const assignment = ASSIGNMENT.test(lower);
  if (!speech && !modal && !imperative && !request && !assignment) return null;
  if (imperative) out.push('open:imperative');
  if (request) out.push('request');
  if (assignment) out.push('assignment');
  if (opener.length < lower.length) out.push('open:marker');
  if (VI_ADDRESSEE.test(opener)) out.push('open:addressee');
  if (VI_GROUP_OPENER.test(opener)) out.push('open:group');
  if (VI_RULE_ADDRESSEE.test(opener)) out.push('open:bound');
  if (VI_BODY_ANY.exec(s.slice(s.length - opener.length))?.index === 0) out.push('open:body');
  if (VI_SITUATION_OPENERS.test(opener)) out.push('open:situation');
  if (VI_OPINION_OPENER.test(opener)) out.push('open:opinion');
  if (VI_REPORT_OR_COMMITMENT.test(opener)) out.push('report-or-commitment');
  if (VI_COMMITMENT.test(lower)) out.push('commitment');
  if (VI_REPORTING.test(lower)) out.push('reporting');
  if (PAST.test(lower)) out.push('past');
  if (FUTURE.test(lower)) out.push('future');
  const rule = ruleIn(s);
  if (rule.named) out.push('rule:named');
  else if (VI_RULE_FRAME.test(s)) out.push('rule:word');
  if (obligationIn(s, lower, opener, rule.named)) out.push('obligation');
  if (deadlineIn(lower, opener)) out.push('deadline');
  for (const o of officialsIn(ctx.officials, sentence.start, sentence.end))
    if (VI_SPEAKS.test(ctx.text.slice(o.end, o.end + 40))) {
      out.push('official:speaks');
      break;
    }
  contextFeatures(ctx, sentence, s, out);
  return out;
}
