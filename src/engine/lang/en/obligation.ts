import type { Sentence } from '../../text/sentences';
import { accordingTo, midSentenceSpeaker } from './according-to';
import { EN_BODY, EN_OBLIGATION, EN_RULE_OPENER, EN_SAY } from './directive-cues';
import { bodyIssuer, resolvePerson } from './directive-issuer';
import { documentAntecedent } from './document-antecedent';
import { modalWordsBefore } from './modal-subject';
import { BARE_GROUP_WORDS } from './reported-clause';
import { ruleOpenerIssuer } from './rule-opener-author';
import {
  type EnContext,
  isAuthority,
  lastBody,
  quotedSpeaker,
  resolveSubject,
  type Subject,
  type SubjectKind,
} from './subject';
import { subjectStart } from './subject-start';

/** Subjects of a modal that state the speaker's own wish or a view, not an obligation on an addressee. */
const NOT_ADDRESSEE =
  /^(?:we|i|you|one|it|this|that|there|he|she|they|me|us|something|everything|nothing|someone|somebody)$/iu;
/**
 * "Pence has to cope with ...", "firms will have to think about ...", "the two will have to work
 * together": "have to" before a verb of coping or thinking is a circumstance, not a duty an
 * authority places (read on unlabelled news pages, where it was the commonest false "have to").
 */
const CIRCUMSTANCE =
  /^(?:cope|contend|grapple|wrestle|struggle|worry|wonder|think|guess|manage|live|endure|rely|settle|work together)\b/u;
const PASSIVE_NOT_ADDRESSEE = /^(?:we|i|you|me|us|yourself|yourselves|myself|ourselves)$/iu;
/** Epistemic "must have been", "should have known". */
const EPISTEMIC = /^(?:must|should)(?: not)? have\b/u;
/**
 * An embedded question or a condition around the modal's clause: "whether a judge should ...".
 * Not across a comma: "If you have symptoms, you must stay home" obliges in its main clause.
 */
// This and FINITE are without the `u` flag for speed: see EN_NON_AUTHORITY.
const EMBEDDED = /\b(?:if|whether|how|who|what|why|when|where|unless|which)\s+(?:[^\s,]+\s+){0,4}$/i;
/**
 * "people who overstay a visit may not ...", "Anyone who fails to register must ...": "who" after
 * a class of people opens a relative clause inside the modal's subject, not an embedded question.
 */
const RELATIVE_SUBJECT =
  /(?:^|[\s"“‘])(?:people|persons|those|anyone|anybody|everyone|everybody|all|users|drivers|employees|workers|visitors|travell?ers|students|companies|firms|businesses|employers|applicants|residents|citizens|foreigners|individuals|officials|candidates|parents|landlords|tenants|owners|operators|passengers|members)\s+who\s+(?:[^\s,]+\s+){1,6}$/i;
/** A finite verb between "X said" and the modal: the modal belongs to another clause. */
const FINITE =
  /\b(?:is|are|was|were|had|has|did|does|do|would|could|can|may|might|if|whether|when|how|who|why|what|because|although|though|while|unless)\b/i;
/** "may have to", "could have to": a possibility, not an obligation placed. */
const HEDGE = new Set(['may', 'might', 'could']);
/** "don't have to", "won't need to": the absence of an obligation. */
const NEGATION = new Set(
  "not never don't don’t doesn't doesn’t didn't didn’t won't won’t wouldn't wouldn’t no".split(' '),
);
/** "you'll have to", "we’re going to have to": the subject of a contracted auxiliary. */
const CONTRACTED = /['’](?:ll|d|re|ve|s)$/u;

/**
 * A prohibition ("cannot", "may not") is a rule's, not a report of what someone is unable to do,
 * when the sentence names the rule that states it: "..., under the code of conduct", "according
 * to the new rules", "One penalty is that people who overstay may not ...", "ethics
 * regulations say that an employee cannot ..." (a subject naming a body: "Government ... regulations"). Without `u`: ASCII.
 */
const RULE_STATED =
  /\b(?:(?:under|according to|in line with|in accordance with|as required by|in breach of) (?:[^,.;]{0,40} )?(?:laws?|rules|regulations?|code of conduct|code|decree|guidelines|act|constitution|ruling|terms)\b|(?:penalty|penalties|rule|requirement|condition|restriction|sanction|provision)s? (?:is|are|was|were) that\b|\b(?:laws?|rules|regulations|code|guidelines|statute|constitution) (?:says?|states?|stipulates?|provides?|specif(?:y|ies)) (?:that )?)/i;

/** Verbs that report an announcement: after them "would have to" is "will have to" backshifted. */
const ANNOUNCED = /\b(?:said|says|told|announced|stated|ruled|declared|decided|confirmed)\b/u;

/**
 * Does "have to"/"need to" after these words state a need someone is under? Not after a hedge or a
 * negation, nor as a hypothesis or a forecast ("would have to", "is going to have to"), unless a
 * rule opens the sentence ("Under the bill, firms would have to ...": the register of a bill) or
 * the "would" reports an announcement ("The ministry said firms would have to register").
 */
function necessity(before: string, before2: string, s: string, at: number): boolean {
  if (HEDGE.has(before) || NEGATION.has(before)) return false;
  if (before === 'to' && before2 === 'going') return false;
  if (before !== 'would' && !/['’]d$/u.test(before)) return true;
  return EN_RULE_OPENER.test(s) || ANNOUNCED.test(s.slice(0, at));
}
const CLOSING =
  /[,:]\s*["”’']?\s*([^,"”]{1,80}?)\s+(?:said|says|added|adds|told|stated|warned|insisted|stressed|wrote|ruled|declared|noted|announced)\b[^,"”]*$/u;
// "..., reads the order issued by the district magistrate.": a document read out inverted, too.
const CLOSING_INVERTED =
  /[,:]\s*["”’']?\s*(?:said|says|added|adds|reads|read|states|stated)\s+([^,"”]{1,80}?)\s*[.!]?\s*$/u;
/**
 * After a quote that closes, the attribution may hold commas: an apposition after the speaker
 * ('," said Ann Vale, the health minister.') or inside the subject ('," the head of the agency,
 * Tom Bell, said.'). The quote mark bounds it, so the commas cannot belong to the quote.
 */
const QUOTE_ATTRIBUTION_INVERTED =
  /[,!?]\s*["”’]\s*(?:said|says|added|adds)\s+([^,"”]{1,80}?)\s*,[^"”]{0,160}$/u;
const QUOTE_MARK = /["”’]/u;
// '"The police must," Ms Vale said, "release the footage."': a quote the attribution interrupts.
const SPLIT_QUOTE = /^[^"”]*?[,!?]\s*["”]\s*([^,"”]{1,80}?)\s+(?:said|says|added|adds)\s*,\s*["“]/u;
const SPLIT_QUOTE_INVERTED = /^[^"”]*?[,!?]\s*["”]\s*(?:said|says|added|adds)\s+([^,"”]{1,80}?)\s*,\s*["“]/u;
const QUOTE_ATTRIBUTION =
  /[,!?]\s*["”’]\s*([^"”]{1,120}?)\s+(?:said|says|added|adds|told|stated|warned|insisted|stressed|wrote|declared|noted|announced)\b[^"”]{0,100}$/u;

const MID_SAID_MODAL = /^(?:must|shall|will have to|has to|have to)/u;
const PASSIVE_AUX = /\s(?:had|has|have|would|will)\s*$/u;
const SAY_ALL = new RegExp(EN_SAY.source, 'gu');
const OBLIGATION_FROM = new RegExp(EN_OBLIGATION.source, 'gu');
const WORD_AT = /[\p{L}][\p{L}’'-]*/uy;
/** Trigger words that can be (or end) an obligation: modals and the participles of passive orders. */
const MODAL_WORDS: ReadonlySet<string> = new Set(
  (
    "must mustn't mustn’t mustn shall should shouldn't shouldn’t shouldn has have had need needs cannot can't can’t may is are " +
    'required obliged obligated ordered told asked instructed directed urged advised banned barred prohibited forbidden mandated outlawed allowed permitted ' +
    'mandatory compulsory obligatory'
  ).split(' '),
);

function wordAt(s: string, at: number): string {
  WORD_AT.lastIndex = at;
  return WORD_AT.exec(s)?.[0].toLowerCase() ?? '';
}

const PERSON: ReadonlySet<SubjectKind> = new Set(['official', 'title', 'pronoun']);

/** Does the sentence's subject, before the modal at `modalAt`, name a person? */
function personSubject(ctx: EnContext, sentence: Sentence, modalAt: number): boolean {
  return PERSON.has(resolveSubject(ctx, sentence.start, sentence.start + modalAt).kind);
}

/** "You must ...", "you shall ...": an order to the listener when an authority is quoted saying it. */
const QUOTED_ORDER = (subject: string, modal: string): boolean =>
  subject === 'you' && /^(?:must|shall)/u.test(modal);

export interface Obligation {
  issuer: string | null;
}

/** The speaker of a closing attribution after `from` ("..., the ministry said."), or null. */
export function closingSpeaker(ctx: EnContext, sentence: Sentence, from: number): Subject | null {
  const rest = ctx.text.slice(sentence.start + from, sentence.end);
  const m =
    CLOSING.exec(rest) ??
    CLOSING_INVERTED.exec(rest) ??
    (QUOTE_MARK.test(rest)
      ? (QUOTE_ATTRIBUTION_INVERTED.exec(rest) ??
        QUOTE_ATTRIBUTION.exec(rest) ??
        SPLIT_QUOTE.exec(rest) ??
        SPLIT_QUOTE_INVERTED.exec(rest))
      : null);
  if (!m) return null;
  const at = sentence.start + from + m.index + m[0].indexOf(m[1]!);
  return resolveSubject(ctx, at, at + m[1]!.length + 1);
}

/**
 * An authority the sentence names around a bare rule: an official after the modal ("issued by X"),
 * or a body. In a passive order the subject before the modal is the one ordered ("The Home Office
 * has been ordered to pay", "Minister X was asked to resign"): `passive` skips it.
 */
function mentionedIssuer(
  ctx: EnContext,
  sentence: Sentence,
  modalAt: number,
  passive: boolean,
): string | null {
  const s = ctx.text.slice(sentence.start, sentence.end);
  // "Under the ruling, the government must release ...": the modal's subject is the one obliged too.
  const addressee = passive || EN_RULE_OPENER.test(s) ? subjectStart(s.slice(0, modalAt)) : modalAt;
  let before: string | null = null;
  for (const o of ctx.officials) {
    if (o.start >= sentence.end) break;
    if (o.start < sentence.start) continue;
    if (o.start >= sentence.start + modalAt) return o.name;
    if (o.start < sentence.start + addressee) before ??= o.name;
  }
  if (before) return before;
  const body = EN_BODY.exec(s);
  if (!body) return null;
  if (body.index >= addressee && body.index < modalAt) return null;
  // After the modal a body is what the obligation is about ("must stay in the EU", "share with tax
  // authorities"), not who places it; only an agent ("approved by the ministry") places it.
  if (body.index > modalAt && !AGENT_BEFORE.test(s.slice(Math.max(0, body.index - 8), body.index)))
    return null;
  return bodyIssuer(ctx.text, sentence.start, body[0]);
}

const BARE_AGENT = new RegExp(`^(?:the )?(?:${BARE_GROUP_WORDS})$`, 'iu');
const AGENT_BEFORE = /\bby\s+$/u;

/** "was ordered by a federal judge to pay": the agent of a passive order, or null. */
function passiveAgent(ctx: EnContext, sentence: Sentence, m: RegExpExecArray): Subject | null {
  const by = / by (.+?) (?:not )?(?:to|from)$/u.exec(m[2]!);
  if (!by) return null;
  const at = sentence.start + m.index + m[0].indexOf(m[2]!) + by.index + 4;
  const agent = resolveSubject(ctx, at, at + by[1]!.length + 1);
  // "was ordered by inspectors to": a class of authority written bare names the body.
  return agent.kind === 'none' && BARE_AGENT.test(by[1]!) ? { kind: 'body', issuer: by[1]! } : agent;
}

/** "X said (that) ... must": the authority X when nothing but the modal's subject stands between. */
function openingSpeaker(
  ctx: EnContext,
  sentence: Sentence,
  s: string,
  modalAt: number,
  passive = false,
): Subject | null {
  const head = s.slice(0, modalAt);
  let say: RegExpExecArray | null = null;
  SAY_ALL.lastIndex = 0;
  // "rules announced by the regulator": a participle before its agent reports nothing.
  for (let m = SAY_ALL.exec(head); m; m = SAY_ALL.exec(head))
    if (!/^\s+by\s/u.test(head.slice(m.index + m[0].length))) say = m;
  if (!say) return null;
  const between = head
    .slice(say.index + say[0].length)
    .replace(/^[\s,:"“‘']*(?:that\s+)?/u, '')
    .replace(/^\S+(?:\s+\S+){0,3}\s+that\s+/u, (m) => (/^(?:reporters|[\p{Lu}])/u.test(m) ? '' : m));
  // "said troops had been told to": the auxiliary before a passive order is the order's own verb.
  const clause = passive ? between.replace(PASSIVE_AUX, '') : between;
  if (FINITE.test(clause) || between.split(/\s+/u).length > 16) return null;
  let from = sentence.start;
  const quote = /^.*[,.!?]\s*["”’']\s*/su.exec(head.slice(0, say.index));
  if (quote) from += quote[0].length;
  // "The promise was a tall order — the agency says the industry must ...": the clause after a
  // dash has a subject of its own, the speaker.
  const dash = /^.*\s[—–]\s+/su.exec(head.slice(from - sentence.start, say.index));
  if (dash) from += dash[0].length;
  return resolveSubject(ctx, from, sentence.start + say.index);
}

/**
 * An obligation an authority places: a passive order ("were told to"), a "shall" rule, a "must"
 * on everyone ("All cargo must be inspected"), or a modal attributed to an authority.
 */
export function findObligation(
  ctx: EnContext,
  sentence: Sentence,
  s: string,
  at: number[],
): Obligation | null {
  // The modal is one of the sentence's trigger words: start the match a few words before the first.
  let first = -1;
  for (const a of at)
    if (MODAL_WORDS.has(wordAt(s, a))) {
      first = a;
      break;
    }
  if (first < 0) return null;
  OBLIGATION_FROM.lastIndex = Math.max(0, first - 24);
  const m = OBLIGATION_FROM.exec(s);
  if (!m) return null;
  const modal = m[1] ?? '';
  if (EPISTEMIC.test(s.slice(m.index))) return null;
  const [before, before2, modalSubject] = modalWordsBefore(s, m.index);
  if (/^(?:has|have|needs?) to/u.test(modal) && !necessity(before, before2, s, m.index)) return null;
  if (/(?:has|have|had) to$/u.test(modal) && CIRCUMSTANCE.test(s.slice(m.index + m[0].length).trimStart()))
    return null;
  const head = s.slice(0, m.index);
  // "something else has to give": the pronoun before "else" is the subject.
  const subject = (before === 'else' ? before2 : modalSubject).replace(CONTRACTED, '');
  // After a comma the modal's subject lies behind a parenthesis: too far to judge (a passive order
  // orders whoever it names: "People at risk, such as the elderly, are advised to stay in").
  const parenthesis = /,\s*$/u.test(head);
  if (
    !subject ||
    (parenthesis && (!m[2] || PASSIVE_NOT_ADDRESSEE.test(before2))) ||
    (EMBEDDED.test(head) && !RELATIVE_SUBJECT.test(head))
  )
    return null;
  // Subjects that never take an obligation (below) are refused before the speakers are resolved:
  // resolving them is the costly part, and it cannot change a refusal.
  if (
    m[2] ? PASSIVE_NOT_ADDRESSEE.test(subject) : NOT_ADDRESSEE.test(subject) && !QUOTED_ORDER(subject, modal)
  )
    return null;
  const closing =
    closingSpeaker(ctx, sentence, m.index) ??
    accordingTo(ctx, sentence, m.index) ??
    // Only for a firm obligation: "policymakers should focus on ..., Sobel said, including" advises.
    (MID_SAID_MODAL.test(modal) ? midSentenceSpeaker(ctx, sentence, m.index) : null);
  if (closing?.kind === 'outsider') return null;
  const opening = openingSpeaker(ctx, sentence, s, m.index, Boolean(m[2]));
  if (opening?.kind === 'outsider') return null;
  const fallback = () =>
    ruleOpenerIssuer(ctx, sentence, s) ??
    quotedSpeaker(ctx, sentence.start, sentence.end) ??
    mentionedIssuer(ctx, sentence, m.index, Boolean(m[2])) ??
    lastBody(ctx, sentence.start, 1500) ??
    ctx.lastIssuer ??
    resolvePerson(ctx.text, ctx.officials, sentence.start);
  if (m[2]) {
    const agent = passiveAgent(ctx, sentence, m);
    // "was told by friends to rest": the agent named is no authority.
    if (agent?.kind === 'none' || agent?.kind === 'outsider') return null;
    // "was urged by the United States to", "asked by the BCCI to": a proper noun as agent gives the order.
    const said = [agent, closing, opening].find((x) => x && (isAuthority(x) || x === agent));
    return { issuer: said?.issuer ?? fallback() };
  }
  // '"You must leave now," the officer said': a quoted order to its listener.
  if (QUOTED_ORDER(subject, modal) && closing && isAuthority(closing)) return { issuer: closing.issuer };
  if (NOT_ADDRESSEE.test(subject)) return null;
  if (m[3]) {
    const rule = [closing, opening].find((x) => x?.kind === 'rule');
    if (rule) return { issuer: rule.issuer ?? fallback() };
    return EN_RULE_OPENER.test(s) || RULE_STATED.test(s) ? { issuer: fallback() } : null;
  }
  const strong =
    /^(?:must|shall|will have to|has to|have to|is to|are to|(?:has|have) (?:a|the) \w+ to)/u.test(modal);
  // A named speaker the officials analyzer did not place still gives a "must" its authority.
  const named =
    [closing, opening].find((x) => x && isAuthority(x)) ??
    (strong ? [closing, opening].find((x) => x?.kind === 'other') : undefined);
  // "The letter says hospitals must ...": a document introduced before gives its author.
  if (named) return { issuer: named.issuer ?? documentAntecedent(ctx, sentence.start, head) };
  // Unattributed, a strong modal binds a class or a party ("companies will have to", "Greece must
  // pay"); on one person it is a necessity of their position ("the senator will have to balance").
  if (strong && !personSubject(ctx, sentence, m.index)) return { issuer: fallback() };
  if (modal.startsWith('shall')) return { issuer: fallback() };
  return null;
}
