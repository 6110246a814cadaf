import type { Word } from '../../text/words';
import type { OfficialAnnotation } from '../../types';
import { commonWord } from './directive-common-words';
import { EN_AUTHORED, EN_BODY, EN_BODY_WORD, EN_NON_AUTHORITY, EN_RULE_NOUN } from './directive-cues';
import { bodyIssuer, bodyModifier, fullName, resolvePerson, titleIssuer } from './directive-issuer';
import {
  APPOSITIVE,
  BARE_CLASS,
  BODY_JOIN,
  FUNCTION_WORD,
  GROUP_NOUNS,
  LABEL,
  LEAD_WORD,
  MODIFIERS,
  NAMED_AFTER,
  NAMED_BODY,
  NAMED_SPOKES,
  OFFICE_GROUP,
  POSSESSOR,
  PROPER_NP,
  SPEAKS_FOR,
  SPOKES,
  TITLE,
} from './subject-patterns';
import { subjectStart } from './subject-start';
import { apposedHolder, appositionName, nameAfterTitle, nameEndingSubject } from './titled-name';

/**
 * Who stands in the subject of an English ordering verb: an official the officials analyzer found,
 * a bare title ("the finance minister"), a body ("the ministry", "Kenya's presidency"), a pronoun,
 * a rule or document ("the bill", "Government guidance"), another proper noun ("MITI", "Kenya"),
 * or a non-authority ("protesters").
 */
export type SubjectKind = 'official' | 'title' | 'body' | 'pronoun' | 'rule' | 'other' | 'outsider' | 'none';

export interface Subject {
  kind: SubjectKind;
  issuer: string | null;
}

/** What the English finder knows of the article so far. */
export interface EnContext {
  text: string;
  /** The article's words, as the tokenizer gave them. */
  words: readonly Word[];
  officials: OfficialAnnotation[];
  /** The issuer of the last directive: "they", "it", "we" and bare passives fall back to it. */
  lastIssuer: string | null;
  /** Subjects read while looking back, by sentence start and end (see lookBackSubject). */
  lookBack?: Map<number, Subject>;
}

const PRONOUN = /^["“‘']?(he|she|they|it|we|i)\b/iu;
const POSSESSIVE_DOC =
  /^['’]s?\s+(?:\p{L}+\s+)?(?:speech|memo|memorandum|letter|statement|order|directive|decree|ruling|message|remarks|address|instructions?|circular|notice)\b/u;
// "Trump's administration" and "the Trump administration": the body a named leader heads.
const POSSESSIVE_BODY =
  /^(?:['’]s?)?\s+(?:government|administration|ministry|presidency|office|department|cabinet)\b/u;
const POSSESSIVE = /^['’]s?\s/u;
interface Candidate extends Subject {
  at: number;
}

function pronounSubject(ctx: EnContext, from: number, word: string): Subject {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'she')
    return { kind: 'pronoun', issuer: resolvePerson(ctx.text, ctx.officials, from) ?? ctx.lastIssuer };
  // "It also told hospitals to ...": the body that last stood as a subject, not a person.
  if (w === 'it') return { kind: 'pronoun', issuer: lastBody(ctx, from) ?? ctx.lastIssuer };
  return { kind: 'pronoun', issuer: ctx.lastIssuer };
}

/** The first official in the subject that heads it (a possessor heads it only through its speech or memo). */
function officialCandidate(ctx: EnContext, from: number, to: number): Candidate | null {
  for (const o of ctx.officials) {
    if (o.start >= to) break;
    if (o.start < from) continue;
    const after = ctx.text.slice(o.end, o.end + 40);
    if (POSSESSIVE_DOC.test(after)) return { kind: 'official', issuer: o.name, at: o.start - from };
    const body = POSSESSIVE_BODY.exec(after);
    if (body) {
      const the = /\bthe\s+$/iu.exec(ctx.text.slice(Math.max(from, o.start - 4), o.start));
      const start = the ? o.start - the[0].length : o.start;
      return { kind: 'body', issuer: ctx.text.slice(start, o.end) + body[0], at: start - from };
    }
    if (POSSESSIVE.test(after)) continue;
    return { kind: 'official', issuer: o.name, at: o.start - from };
  }
  return null;
}

// "the directive from X", "the order, signed by X,", "a law passed by X".
const AUTHOR = new RegExp(
  String.raw`^,?\s+(?:(?:which|that)\s+(?:was|were|had been|has been|have been)\s+(?=\p{Ll}+\s+by\s))?(?:(?:${EN_AUTHORED})\s+)?(?:from|of|by)\s+`,
  'u',
);

/** "The directive from the Secretary of Defense": the authority a rule comes from, if written. */
function ruleAuthor(ctx: EnContext, abs: number, region: string, rule: RegExpExecArray): string | null {
  const end = rule.index + rule[0].length;
  const by = AUTHOR.exec(region.slice(end));
  if (!by) return null;
  const from = abs + end + by[0].length;
  const author = resolveSubject(ctx, from, Math.min(from + 60, abs + region.length));
  return author.kind === 'outsider' || author.kind === 'none' || author.kind === 'rule'
    ? null
    : author.issuer;
}

/** The subject of a verb at `to` in the clause that starts at `from` (absolute offsets). */
export function resolveSubject(ctx: EnContext, from: number, to: number): Subject {
  const full = ctx.text.slice(from, to);
  const start = subjectStart(full);
  const label = LABEL.exec(full.slice(start));
  const subject = resolveHead(ctx, from + start + (label?.[0].length ?? 0), to);
  // '"China urges Norland to ...," the ministry said.': a quoted order whose subject is a bare proper
  // noun or "we" is the order of the authority who closes the quote.
  if (
    (subject.kind === 'other' || (subject.kind === 'pronoun' && FIRST_PERSON_IN.test(full.slice(start)))) &&
    /^["“]/u.test(full.slice(start - 1)) &&
    !/["”]/u.test(full.slice(start))
  ) {
    const speaker = quoteSpeaker(ctx, to);
    if (speaker) return speaker;
  }
  // "Arkansas: The state becomes the latest state requiring ...": the label names the state.
  if (
    label &&
    (subject.kind === 'pronoun' || subject.kind === 'none' || /^(?:the )?state$/iu.test(subject.issuer ?? ''))
  )
    return { kind: 'body', issuer: label[1]! };
  return subject;
}

const FIRST_PERSON_IN = /^(?:we|i)\b/iu;
const SAID_AFTER =
  /^[^"”\n]{0,400}?[,.!?]\s*["”]\s*(?:(?:said|says|added|told)\s+([^,.\n]{2,60})|([^,.\n"“]{2,60}?)\s+(?:said|says|added|told))\b/u;

/** The authority that closes the quote open at `at` ('..., China urges ...," the ministry said'), or null. */
function quoteSpeaker(ctx: EnContext, at: number): Subject | null {
  const m = SAID_AFTER.exec(ctx.text.slice(at, at + 500));
  if (!m) return null;
  const name = m[1] ?? m[2]!;
  const abs = at + m.index + m[0].lastIndexOf(name);
  const speaker = resolveHead(ctx, abs, abs + name.length);
  return isAuthority(speaker) ? speaker : null;
}

function resolveHead(ctx: EnContext, abs: number, to: number): Subject {
  // A subject's head stands in its first words: an appositive or a relative clause after it
  // ("X, the leader of Y,", "X, whose minister ...") is not the subject.
  const clip = ctx.text.slice(abs, Math.min(to, abs + 120));
  const cut = APPOSITIVE.exec(clip);
  const region = cut ? clip.slice(0, cut.index) : clip;
  if (EN_NON_AUTHORITY.test(region)) return { kind: 'outsider', issuer: null };
  const pronoun = PRONOUN.exec(region);
  if (pronoun) return pronounSubject(ctx, abs, pronoun[1]!);
  const found: Candidate[] = [];
  const official = officialCandidate(ctx, abs, abs + region.length);
  if (official) found.push(official);
  // "the Justice Department", "Interior Ministry officials": a head word that qualifies a body is no title.
  const titled = TITLE.exec(region);
  const title =
    titled && EN_BODY.exec(region.slice(titled[0].length, titled[0].length + 30))?.index === 1
      ? null
      : titled;
  // "China's Ambassador Liu Jieyi": the title belongs to the official it introduces.
  if (title && !(official && official.at < title[0].length))
    found.push({ kind: 'title', issuer: titleIssuer(ctx.text, ctx.officials, title[0], title[1]!), at: 0 });
  const body = EN_BODY.exec(region);
  if (body) {
    // "the UN Security Council", "the state health department": a body named inside a longer one.
    const tail = region.slice(body.index + body[0].length);
    const rest = EN_BODY.exec(tail);
    if (rest && BODY_JOIN.test(tail.slice(0, rest.index)))
      body[0] = region.slice(body.index, body.index + body[0].length + rest.index + rest[0].length);
    // "the Health Ministry", "the education watchdog": the words that qualify the body belong to it.
    const lead = Math.max(0, body.index - 40);
    const mod = MODIFIERS.exec(region.slice(lead, body.index));
    const at = mod ? lead + mod.index : body.index;
    const qualifier = mod && !/^the /iu.test(body[0]) ? bodyModifier(mod[1]!) : '';
    const written = qualifier ? `${qualifier} ${body[0]}` : body[0];
    // "The regulator, Ofcom, ordered ...": a lower-case body named by the apposition after it.
    const named = /^\p{Ll}/u.test(body[0].replace(/^the /iu, ''))
      ? NAMED_AFTER.exec(region.slice(body.index + body[0].length))
      : null;
    found.push({ kind: 'body', issuer: named?.[1] ?? bodyIssuer(ctx.text, abs, written), at });
  }
  const rule = EN_RULE_NOUN.exec(region);
  if (rule && rule.index < 40)
    found.push({ kind: 'rule', issuer: ruleAuthor(ctx, abs, clip, rule), at: rule.index + 1 });
  const np = PROPER_NP.exec(region);
  if (np && !FUNCTION_WORD.test(np[1]!)) {
    const end = np[0].length;
    const words = np[1]!
      .split(/\s+/u)
      .slice(0, 6)
      .join(' ')
      .replace(/\s+(?:of|for|and|the)$/u, '');
    // "The Daman and Diu administration": the proper noun names the body that follows it.
    const next = EN_BODY.exec(region.slice(end, end + 30));
    if (next?.index === 1 && !/^the /iu.test(next[0]) && !(official && official.at < end))
      found.unshift({ kind: 'body', issuer: `${words} ${next[0]}`, at: 0 });
    // A proper noun heads the subject unless another candidate starts inside it; a document
    // named later ("Mr Jack said the bill ... and urged") is in a clause of its own.
    else if (!POSSESSOR.test(words) && found.every((c) => c.kind === 'rule' && c.at >= end)) {
      // "Making the switch requires ...", "Typically ...": a common word capitalised to open the
      // sentence. "The World Health Organization": "The" is no part of a proper name.
      const lead = LEAD_WORD.exec(words);
      const name =
        lead && commonWord(ctx.words, lead[1]!)
          ? words.slice(lead[0].length)
          : words.replace(/^(?:The|An?)\s+(?=\p{Lu})/u, '');
      const issuer = nameAfterTitle(region.slice(end)) ?? (name ? fullName(ctx.text, abs, name) : null);
      if (issuer) found.push({ kind: 'other', issuer, at: 0 });
    }
    // "The MHA's advisory asked", "The Centre's guidelines require": a named owner's document.
    else if (POSSESSOR.test(words) && found.length && found.every((c) => c.kind === 'rule' && !c.issuer))
      found.unshift({
        kind: 'body',
        issuer: words.replace(/^(?:The|An?)\s+/u, '').replace(POSSESSOR, ''),
        at: 0,
      });
  }
  // "Chinese officials", "State health officials": the group, not the adjective or body before it;
  // unless someone named after it heads a clause of its own ("Officials said the mayor ordered").
  const group = OFFICE_GROUP.exec(region);
  if (group && found.every((c) => c.at < group[0].length))
    found.unshift({ kind: 'body', issuer: group[1]!, at: 0 });
  found.sort((a, b) => a.at - b.at);
  let head = found[0];
  // "A spokesman for the Health Ministry said ...": a spokesperson no one names speaks for the body.
  if (head?.kind === 'title' && title && SPOKES.test(title[1]!) && !NAMED_SPOKES.test(head.issuer ?? '')) {
    const end = title.index + title[0].length;
    const owner = /^(?:the|a|an)\s+((?:\p{Lu}[\p{L}.-]*\s+)+)/iu.exec(title[0])?.[1]?.trim();
    const body = found.find(
      (c) => c.kind === 'body' && (c.at < end || SPEAKS_FOR.test(region.slice(end, c.at))),
    );
    const issuer = owner ?? body?.issuer ?? lastBody(ctx, abs);
    if (issuer) head = { kind: 'body', issuer, at: head.at };
  }
  const afterTitle = head?.kind === 'title' && title ? region.slice(title[0].length) : null;
  const holder = afterTitle === null ? null : (appositionName(afterTitle) ?? nameEndingSubject(afterTitle));
  const apposed = holder ?? (head?.kind === 'official' ? null : apposedHolder(region));
  if (apposed) head = { kind: 'official', issuer: apposed, at: 0 };
  // "The EU's executive, the European Commission, told ...": the apposition gives the body's name.
  if (cut && (!head || head.kind === 'body')) {
    const named = NAMED_BODY.exec(clip.slice(cut.index));
    if (named) return { kind: 'body', issuer: named[1]! };
  }
  const bare = head ? null : BARE_CLASS.exec(region);
  return head ?? (bare ? { kind: 'body', issuer: bare[1]! } : { kind: 'none', issuer: null });
}

/** Kinds that can give an order or state a rule by themselves. */
export const isAuthority = (s: Subject): boolean =>
  s.kind === 'official' ||
  s.kind === 'title' ||
  s.kind === 'body' ||
  s.kind === 'rule' ||
  (s.kind === 'pronoun' && s.issuer !== null);

const SENTENCE_BREAK = /(?:[.!?]["”’']?\s+|\n\s*)(?=["“‘]?\p{Lu})/gu;

/**
 * The authority that last stood as a sentence's subject in the `window` characters before `before`
 * ('"We will act," said Minister X.' before a quote that goes on). Falls back to the last official
 * subject when no sentence opens with one.
 */
export function lastAuthority(ctx: EnContext, before: number, window = 1200): string | null {
  return lastSubject(ctx, before, window, AUTHORITY_KINDS) ?? resolvePerson(ctx.text, ctx.officials, before);
}

const AUTHORITY_KINDS: ReadonlySet<SubjectKind> = new Set(['official', 'title', 'body']);
const BODY_KINDS: ReadonlySet<SubjectKind> = new Set(['body']);

/** The body that last stood as a sentence's subject in the `window` characters before `before`. */
export const lastBody = (ctx: EnContext, before: number, window = 600): string | null =>
  lastSubject(ctx, before, window, BODY_KINDS);

function lastSubject(
  ctx: EnContext,
  before: number,
  window: number,
  kinds: ReadonlySet<SubjectKind>,
): string | null {
  // Looking back never looks back again ("It ..." after "It ..."): one level, linear in the window.
  if (lookingBack) return null;
  lookingBack = true;
  try {
    return subjectBefore(ctx, before, window, kinds);
  } finally {
    lookingBack = false;
  }
}

let lookingBack = false;

function subjectBefore(
  ctx: EnContext,
  before: number,
  window: number,
  kinds: ReadonlySet<SubjectKind>,
): string | null {
  const lo = Math.max(0, before - window);
  const starts = [lo];
  const text = ctx.text.slice(lo, before);
  for (const m of text.matchAll(SENTENCE_BREAK)) starts.push(lo + m.index + m[0].length);
  for (let k = starts.length - 1; k >= 0; k--) {
    const from = starts[k]!;
    if (from >= before) continue;
    const to = Math.min(before, from + 160);
    if (kinds === BODY_KINDS && !mayReadAsBody(ctx, from, to)) continue;
    const subject = lookBackSubject(ctx, from, to);
    if (subject.issuer && kinds.has(subject.kind)) return subject.issuer;
  }
  return null;
}

/**
 * What every path to a body subject in resolveSubject and resolveHead needs in the text it reads: a
 * label ("Arkansas: ..."); an official named ("Trump's administration"); a body word; an apposition
 * naming the body (", the X,"), a spokesperson or an office group ("health officials"), in BODY_SIGN;
 * a quote whose attribution after it may name a body. The cheap tests come first.
 */
const QUOTE_OPEN = /["“]/u;
const LABEL_MARK = /:\s/u;
// Case-insensitive without the `u` flag, for speed (see EN_NON_AUTHORITY in directive-cues).
const BODY_SIGN = new RegExp(String.raw`,\s+the\s|spokes|${GROUP_NOUNS}`, 'i');

/**
 * Can the subject read between `from` and `to` be a body? Not without a sign of one (above).
 * Looking back for a body, many sentences show none: their subject, the costly part of looking
 * back, is not read.
 */
function mayReadAsBody(ctx: EnContext, from: number, to: number): boolean {
  const text = ctx.text.slice(from, to);
  if (LABEL_MARK.test(text)) return true;
  for (const o of ctx.officials) {
    if (o.start >= to) break;
    if (o.start >= from) return true;
  }
  if (EN_BODY_WORD.test(text) || BODY_SIGN.test(text)) return true;
  // The quote's speaker is read from an attribution after `to` (quoteSpeaker): none, no speaker.
  return QUOTE_OPEN.test(text) && SAID_AFTER.test(ctx.text.slice(to, to + 500));
}

/**
 * Each sentence is looked back at from several later ones: its subject, as read while looking
 * back, is kept per context. A pronoun's reading depends on the last issuer, so it is not kept.
 */
function lookBackSubject(ctx: EnContext, from: number, to: number): Subject {
  ctx.lookBack ??= new Map();
  const key = from * 1024 + (to - from);
  const kept = ctx.lookBack.get(key);
  if (kept) return kept;
  const subject = resolveSubject(ctx, from, to);
  if (subject.kind !== 'pronoun') ctx.lookBack.set(key, subject);
  return subject;
}

const OPEN_QUOTE = /^\s*["“]/u;

/**
 * A quoted sentence with no attribution of its own continues the quote of the speaker named
 * just before ('"We will act," said Minister X. "All police must be on alert."'): that speaker.
 * Null when the sentence is not quoted.
 */
export function quotedSpeaker(ctx: EnContext, start: number, end: number): string | null {
  const paragraph = ctx.text.lastIndexOf('\n', start - 1) + 1;
  const lead = ctx.text.slice(paragraph, start);
  const open = (lead.match(/["“”]/gu)?.length ?? 0) % 2 === 1;
  if (!open && !OPEN_QUOTE.test(ctx.text.slice(start, end))) return null;
  return lastAuthority(ctx, start, 500);
}
