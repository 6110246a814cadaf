import type { OfficialAnnotation } from '../../types';
import { EN_BODY, EN_NON_AUTHORITY, EN_RULE_NOUN } from '../lexicons/en-directive-cues';
import { EN_TITLE_HEADS } from '../lexicons/en-titles';

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
  officials: OfficialAnnotation[];
  /** The issuer of the last directive: "they", "it", "we" and bare passives fall back to it. */
  lastIssuer: string | null;
}

const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}\s.,'’-]{2,40}(?:\s*\([^)]{1,30}\))?\s*[-–—:]\s*|\([^)]{1,30}\)\s*[-–—]\s*|\p{Lu}{3,}(?:\s\p{Lu}{3,})*\s(?=\p{Lu}\p{Ll}))/u;
const INTRO =
  /^(?:(?:In|When|After|Before|During|On|At|As|While|Since|Under|Earlier|Later|Meanwhile|However|But|And|Also|Last|This|Shortly|Separately|Instead|Yet|Still|Then|Now|Today|Yesterday|Previously|Despite|Following|With|For|From)\b[^,]{0,100},\s*|(?:But|And|Meanwhile|However|Earlier|Also|Yet|So|Then|Now|Separately)\s+)/u;
const QUOTE_CLOSE = /^.*[,.!?]\s*["”’']\s*/su;
const PRONOUN = /^["“‘']?(he|she|they|it|we|i)\b/iu;
const POSSESSIVE_DOC =
  /^['’]s?\s+(?:\p{L}+\s+)?(?:speech|memo|memorandum|letter|statement|order|directive|decree|ruling|message|remarks|address|instructions?|circular|notice)\b/u;
const POSSESSIVE_BODY =
  /^['’]s?\s+(?:government|administration|ministry|presidency|office|department|cabinet)\b/u;
const POSSESSIVE = /^['’]s?\s/u;
// Abbreviations and "general" name an office only before a name ("Gen. Smith"), never alone.
const ABBREVIATED = new Set(['sen', 'rep', 'gov', 'gen', 'adm', 'col', 'lt. gov', 'general', 'pm', 'mp']);
const TITLE = new RegExp(
  `^(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(${EN_TITLE_HEADS.filter((h) => !ABBREVIATED.has(h))
    .sort((a, b) => b.length - a.length)
    .map((h) => h.replace(/\./gu, '\\.'))
    .join('|')})\\b`,
  'iu',
);
const PROPER_NP = /^(?:\p{Lu}[\p{L}.’'-]*|of|for|and|the)(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|for|the))*/u;
const FUNCTION_WORD = /^(?:The|A|An|This|That|These|Those|There|It|In|On|At|If|As|All|Some|Many|One)$/u;

/** Offset where the subject starts: after a dateline, an introductory phrase, and a closed quote. */
function subjectStart(region: string): number {
  let at = 0;
  for (const re of [DATELINE, INTRO, INTRO]) {
    const m = re.exec(region.slice(at));
    if (m) at += m[0].length;
  }
  const quote = QUOTE_CLOSE.exec(region.slice(at));
  return quote ? at + quote[0].length : at;
}

/** An official mentioned as a sentence subject: at most two words between a sentence break and the name. */
function atSentenceStart(text: string, o: OfficialAnnotation): boolean {
  const before = text.slice(Math.max(0, o.start - 80), o.start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('" '));
  if (cut < 0 && o.start > 80) return false;
  const lead = before.slice(cut + 1).trim();
  return lead === '' || lead.split(/\s+/u).length <= 2;
}

/** "he"/"she": the last official mentioned as a subject before, else the last official mentioned. */
export function resolvePerson(ctx: EnContext, before: number): string | null {
  let last: OfficialAnnotation | null = null;
  let subject: OfficialAnnotation | null = null;
  for (const o of ctx.officials) {
    if (o.start >= before) break;
    last = o;
    if (atSentenceStart(ctx.text, o)) subject = o;
  }
  return (subject ?? last)?.name ?? null;
}

/** "the ministry" names the body the article has named in full before, else the body as written. */
function bodyIssuer(text: string, before: number, body: string): string {
  const bare = body.replace(/^the /iu, '');
  if (/^\p{Lu}/u.test(bare)) return bare;
  const head = bare.split(' ')[0]!;
  const cap = head[0]!.toUpperCase() + head.slice(1);
  const named = new RegExp(`\\b${cap}(?: of(?: (?:and |the |for )?\\p{Lu}[\\p{L}]*)+)?`, 'gu');
  let last: string | null = null;
  for (const m of text.slice(Math.max(0, before - 4000), before).matchAll(named)) last = m[0];
  return last ?? body;
}

/** A bare title: the official who holds it in the article, else the title as written. */
function titleIssuer(ctx: EnContext, before: number, written: string, head: string): string {
  const h = head.toLowerCase();
  let holder: string | null = null;
  for (const o of ctx.officials) {
    if (o.start >= before) break;
    if (o.titles.some((t) => t.toLowerCase().includes(h))) holder = o.name;
  }
  return holder ?? written;
}

interface Candidate extends Subject {
  at: number;
}

function pronounSubject(ctx: EnContext, from: number, word: string): Subject {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'she') return { kind: 'pronoun', issuer: resolvePerson(ctx, from) };
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
    if (body) return { kind: 'body', issuer: ctx.text.slice(o.start, o.end) + body[0], at: o.start - from };
    if (POSSESSIVE.test(after)) continue;
    return { kind: 'official', issuer: o.name, at: o.start - from };
  }
  return null;
}

/** The subject of a verb at `to` in the clause that starts at `from` (absolute offsets). */
export function resolveSubject(ctx: EnContext, from: number, to: number): Subject {
  const full = ctx.text.slice(from, to);
  const start = subjectStart(full);
  const region = full.slice(start);
  const abs = from + start;
  if (EN_NON_AUTHORITY.test(region)) return { kind: 'outsider', issuer: null };
  const pronoun = PRONOUN.exec(region);
  if (pronoun) return pronounSubject(ctx, abs, pronoun[1]!);
  const found: Candidate[] = [];
  const official = officialCandidate(ctx, abs, to);
  if (official) found.push(official);
  const title = TITLE.exec(region);
  if (title) found.push({ kind: 'title', issuer: titleIssuer(ctx, to, title[0], title[1]!), at: 0 });
  const body = EN_BODY.exec(region);
  if (body) found.push({ kind: 'body', issuer: bodyIssuer(ctx.text, abs, body[0]), at: body.index });
  const rule = EN_RULE_NOUN.exec(region);
  if (rule && rule.index < 40) found.push({ kind: 'rule', issuer: null, at: rule.index + 1 });
  found.sort((a, b) => a.at - b.at);
  if (found.length) return found[0]!;
  const np = PROPER_NP.exec(region);
  if (np && !FUNCTION_WORD.test(np[0])) {
    const words = np[0].split(/\s+/u).slice(0, 6).join(' ');
    return { kind: 'other', issuer: words.replace(/\s+(?:of|for|and|the)$/u, '') };
  }
  return { kind: 'none', issuer: null };
}

/** Kinds that can give an order or state a rule by themselves. */
export const isAuthority = (s: Subject): boolean =>
  s.kind === 'official' ||
  s.kind === 'title' ||
  s.kind === 'body' ||
  s.kind === 'rule' ||
  (s.kind === 'pronoun' && s.issuer !== null);
