import type { Sentence } from '../../text/sentences';
import { EN_TRIGGER } from '../../text/word-flags';
import type { Word } from '../../text/words';
import type { OfficialAnnotation } from '../../types';
import type { FoundDirective } from '../language-pack';
import { clauseSubject } from './clause-subject';
import { EN_NEGATED, EN_PROHIBITION, EN_WOULD } from './directive-cues';
import { type CueHit, findCue } from './directive-frames';
import { documentAntecedent } from './document-antecedent';
import { closingSpeaker, findObligation } from './obligation';
import { reportedSubject } from './reported-clause';
import { type EnContext, isAuthority, resolveSubject, type Subject } from './subject';
import { theyAntecedent } from './they-antecedent';
import { writersOwnRequest } from './writer-request';

// Trigger words that open a cue only with the next word: "has to", "needs to", "called on/for".
const NEXT_WORD: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['had', 'need', 'needs', 'is', 'are'].map((w) => [w, new Set(['to'])] as const),
  // "has a duty to", "have the responsibility to".
  ...['has', 'have'].map((w) => [w, new Set(['to', 'a', 'the'])] as const),
  ...['call', 'called', 'calls', 'calling'].map((w) => [w, new Set(['on', 'upon', 'for'])] as const),
  ...['appealed', 'appeals', 'appealing'].map((w) => [w, new Set(['to', 'for'])] as const),
  ['may', new Set(['not'])],
  ['struck', new Set(['down'])],
]);

/** Start offsets of the words that may open an English cue, in text order. */
export function enTriggerOffsets(words: Word[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w.lex & EN_TRIGGER) === 0) continue;
    const next = NEXT_WORD.get(w.lower);
    if (next && !next.has(words[i + 1]?.lower ?? '')) continue;
    out.push(w.start);
  }
  return out;
}

const THEY = /^["“‘]?they\s/iu;
const CONDITIONAL = /^["“‘]?(?:If|Unless|Should)\b/u;
const FIRST_PERSON = /^["“‘]?(?:we|i)\b/iu;
const POLITE_CALL = /(?:^|[\s"“‘])(?:I|[Ww]e) would\s+(?:(?:strongly|also|just|again|now)\s+)?$/u;
/**
 * Verbs whose plain object is an order from anyone ("urged restraint", "the island nation banned
 * plastic bags": only an authority can ban); "ordered a review" needs a known orderer.
 */
const ANY_SUBJECT = new Set(['urge', 'demand', 'enjoin', 'implore', 'call', 'ban']);
/** Verbs that order only with an authority or a rule as subject ("the storm forced residents to flee" does not). */
const AUTHORITY_ONLY = new Set(['force', 'recommend', 'give', 'appeal', 'summon', 'restrain', 'seek']);
/**
 * Verbs that also mean "need" ("our bodies require vitamins to", "the costume requires a hat"):
 * an order in any frame only when the subject names someone (an authority, a rule, a proper noun).
 */
const KNOWN_ONLY = new Set(['require']);
/** A court's words in the subject: "halted", "blocked", "struck down" order only from the bench. */
const COURT = /\b(?:court|courts|judge|judges|tribunal|justices?|magistrates?)\b/i;

/** `/\?["”’']?$/u` by the last two characters: a question, closing quote allowed. */
function endsQuestion(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  if (last === 63) return true;
  const quote = last === 34 || last === 0x201d || last === 0x2019 || last === 39;
  return quote && s.charCodeAt(s.length - 2) === 63;
}

/** The issuer of an ordering verb's sentence, or undefined when the sentence gives no order. */
function cueIssuer(ctx: EnContext, sentence: Sentence, s: string, at: number[]): string | null | undefined {
  // "The board gave the firm a month to act and urged the state to ...": when one ordering verb
  // gives no order (here no authority gives the deadline), a later one in the sentence still may.
  let rest = at;
  for (let tries = 0; tries < 3; tries++) {
    const cue = findCue(s, rest);
    if (!cue) return undefined;
    const issuer = issuerOf(ctx, sentence, s, cue);
    // A negated verb ("not calling for a law; ... calling for") denies what follows it too.
    if (issuer !== undefined || EN_NEGATED.test(s.slice(0, cue.at))) return issuer;
    rest = rest.filter((a) => a > cue.at);
  }
  return undefined;
}

const DOCUMENT_INTRO = /^["“‘]?(?:In|Through|With)\s+(?:a|an|the|its|his|her|their)\s/u;

/**
 * "In a statement urging residents to stay home, the ministry said ...": an order in the opening
 * phrase, given through a document with no author of its own, is given by the main clause's
 * subject after the comma. Read on unlabelled news pages: the issuer was left empty.
 */
function introAuthor(
  ctx: EnContext,
  sentence: Sentence,
  s: string,
  subject: Subject,
  cueAt: number,
): string | null {
  if (subject.kind !== 'rule' || subject.issuer || !DOCUMENT_INTRO.test(s)) return null;
  // The opening phrase ends at the first comma after the order; no comma before it.
  const comma = s.indexOf(',', cueAt);
  if (comma < 0 || s.lastIndexOf(',', cueAt) >= 0) return null;
  const from = sentence.start + comma + 1 + Math.max(0, s.slice(comma + 1).search(/\S/u));
  const main = resolveSubject(ctx, from, Math.min(sentence.end, from + 120));
  return isAuthority(main) && main.kind !== 'rule' ? main.issuer : null;
}

/** The issuer of the order that `cue` gives, or undefined when it gives none. */
function issuerOf(ctx: EnContext, sentence: Sentence, s: string, cue: CueHit): string | null | undefined {
  const before = s.slice(0, cue.at);
  // "Employers can't require ...": a prohibition, whose subject is the addressee, not the issuer.
  const prohibited = cue.rule && EN_PROHIBITION.test(before);
  const negated = EN_NEGATED.test(before) && !prohibited;
  // "If he ordered ..." is a hypothesis; "If symptoms appear, residents are told to ..." orders in
  // its main clause: a condition rules out only a cue inside it (before the clause's comma).
  const opensWithCondition = CONDITIONAL.test(s);
  const comma = before.indexOf(',');
  // "I would urge anyone with information to ...": a speaker's own polite call, not a hypothesis.
  const hypothesis = !cue.rule && EN_WOULD.test(before) && !POLITE_CALL.test(before);
  if ((opensWithCondition && comma < 0) || negated || hypothesis) return undefined;
  // The main clause's subject stands after the condition ("If ..., the judge ordered").
  const from = opensWithCondition ? comma + 1 + Math.max(0, before.slice(comma + 1).search(/\S/u)) : 0;
  const subject =
    reportedSubject(ctx, sentence, s.slice(0, cue.at), from) ??
    clauseSubject(ctx, sentence, s.slice(0, cue.at), from) ??
    resolveSubject(ctx, sentence.start + from, sentence.start + cue.at);
  const main = introAuthor(ctx, sentence, s, subject, cue.at);
  if (main) return main;
  if (subject.kind === 'outsider') return undefined;
  if (cue.lemma === 'halt' && !COURT.test(s.slice(from, cue.at))) return undefined;
  const known = isAuthority(subject) || subject.kind === 'other';
  if (cue.frame === 'np' && !known && !ANY_SUBJECT.has(cue.lemma)) return undefined;
  if (KNOWN_ONLY.has(cue.lemma) && !known && !prohibited) return undefined;
  if (AUTHORITY_ONLY.has(cue.lemma) && !isAuthority(subject)) return undefined;
  if (subject.kind === 'pronoun' && FIRST_PERSON.test(before.trimStart())) {
    // "We call on ...", '"I urge ...," the minister said': the speaker of the quote.
    // The speaker who closes the quote in this sentence, else the one resolveSubject found closing
    // it in a later sentence of the quote ('"We are asking ... . You must not ...," he said.').
    const speaker = closingSpeaker(ctx, sentence, cue.at);
    const issuer = speaker && isAuthority(speaker) ? speaker.issuer : (subject.issuer ?? ctx.lastIssuer);
    return ownRequest(ctx, sentence, s, cue, issuer);
  }
  // An order whose subject names no one goes on from the last order ("Also ordered to ...").
  const issuer =
    subject.issuer ??
    (subject.kind === 'none' ? ctx.lastIssuer : null) ??
    (subject.kind === 'pronoun' && THEY.test(s.slice(from)) ? theyAntecedent(ctx, sentence.start) : null) ??
    (subject.kind === 'rule' ? documentAntecedent(ctx, sentence.start, s.slice(from, cue.at)) : null);
  return ownRequest(ctx, sentence, s, cue, issuer);
}

/** The issuer, or undefined for a writer's own request that no one else is said to make. */
const ownRequest = (ctx: EnContext, sentence: Sentence, s: string, cue: CueHit, issuer: string | null) =>
  issuer === null && writersOwnRequest(ctx.text, sentence, s, cue.at, cue.lemma) ? undefined : issuer;

/** English directives: ordering verbs in a directive frame, and obligations an authority places. */
export function findEnDirectives(
  text: string,
  sentences: Sentence[],
  officials: OfficialAnnotation[],
  triggers: number[],
  words: readonly Word[],
): FoundDirective[] {
  const out: FoundDirective[] = [];
  const ctx: EnContext = { text, words, officials, lastIssuer: null };
  let t = 0;
  for (const sentence of sentences) {
    while (t < triggers.length && triggers[t]! < sentence.start) t++;
    if (t === triggers.length) break;
    if (triggers[t]! >= sentence.end) continue;
    if (sentence.kind === 'caption' || sentence.kind === 'heading') continue;
    const at: number[] = [];
    for (let k = t; k < triggers.length && triggers[k]! < sentence.end; k++)
      at.push(triggers[k]! - sentence.start);
    const s = text.slice(sentence.start, sentence.end);
    if (endsQuestion(s)) continue;
    let issuer = cueIssuer(ctx, sentence, s, at);
    if (issuer === undefined) issuer = findObligation(ctx, sentence, s, at)?.issuer;
    if (issuer === undefined) continue;
    out.push({ start: sentence.start, end: sentence.end, issuer });
    if (issuer) ctx.lastIssuer = issuer;
  }
  return out;
}
