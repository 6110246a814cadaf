import type { Sentence } from '../../text/sentences';
import { type EnContext, isAuthority, resolveSubject, type Subject } from './subject';
import { EN_AUTHORITY_CLASSES } from './subject-patterns';

/**
 * A report before the cue: "said (on Monday) (that)", "told reporters (that)", "told the newspaper",
 * the clause after it holding the cue.
 */
const REPORTED =
  /\b(?:said|says|announced|stated|added|confirmed|reported|reports|(?:told|tells)\s+(?:reporters|journalists|MPs|lawmakers|parliament|(?:the\s+|a\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}|the\s+(?:newspaper|court|paper|channel|agency|broadcaster|committee|inquiry|hearing|tribunal)))(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+(?:yesterday|today|earlier))?,?\s+(?:that\s+)?/gu;
const SOURCES = /\bsources?\s*$/iu;
const OWN = /^(?:his|her|its|their|our|my)\s/iu;
const INNER_AUTHORITY = new Set(['official', 'title', 'body']);
/**
 * Plural nouns that name a class of authority by themselves ("prosecutors had asked", "censors
 * had instructed"): in a clause reported by someone who is no authority, they give the order.
 */
export const BARE_GROUP_WORDS = `${EN_AUTHORITY_CLASSES}|officials|authorities|police|troops|soldiers`;
const BARE_GROUP = new RegExp(String.raw`^(?:the\s+)?(${BARE_GROUP_WORDS})\s+(?:\p{Ll}+\s+){0,3}$`, 'iu');

/**
 * "A spokesman said the ministry had asked banks to ...": the one who gives the order is the
 * subject of the reported clause when it names an authority, not the one who reports it. A
 * pronoun there ("said he had ordered") is the reporter, who stays the issuer. A body or title the
 * article never names ("the department") says less than a reporter who is an authority, but more
 * than one who is not: a newspaper, witnesses, a rights group, an unnamed "senior official".
 */
export function reportedSubject(
  ctx: EnContext,
  sentence: Sentence,
  before: string,
  from: number,
): Subject | null {
  let last: RegExpExecArray | null = null;
  REPORTED.lastIndex = from;
  for (let m = REPORTED.exec(before); m; m = REPORTED.exec(before)) last = m;
  if (!last || /["“”]/u.test(before.slice(from))) return null;
  const at = last.index + last[0].length;
  const clause = before.slice(at);
  // "A MITI spokesman said his ministry had asked ...": the reporter's own body, read from the reporter.
  if (OWN.test(clause)) return null;
  const inner = resolveSubject(ctx, sentence.start + at, sentence.start + before.length);
  const authority = INNER_AUTHORITY.has(inner.kind) && inner.issuer;
  if (authority && (inner.kind === 'official' || /^\p{Lu}/u.test(inner.issuer ?? ''))) return inner;
  const group = authority ? null : BARE_GROUP.exec(clause);
  if (!authority && !group) return null;
  // "Indian government sources said ...": sources speak for no body.
  const reporterText = before.slice(from, last.index);
  const reporter = resolveSubject(ctx, sentence.start + from, sentence.start + last.index);
  if (isAuthority(reporter) && !SOURCES.test(reporterText)) return null;
  return group ? { kind: 'body', issuer: group[1]! } : inner;
}
