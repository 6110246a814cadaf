import type { Sentence } from '../../text/sentences';
import { type EnContext, resolveSubject, type Subject } from './subject';

/**
 * "Banks have been asked to ..., according to a ministry letter seen by Reuters": a closing
 * attribution to an authority or its document names who gave the order. A news agency, a person
 * no analyzer knows, or "officials" bare say nothing of who gave it. Read on our own wire-style
 * sentences: the issuer was null.
 */
// "as per" is the Indian papers' "according to".
const ACCORDING = /,\s+(?:according to|as per)\s+([^,;"“”]{2,100}?)\s*[.!]?\s*$/u;
const AUTHORITY = new Set(['official', 'title', 'body', 'rule']);

/** The authority a closing "according to ..." names after `from`, or null. */
export function accordingTo(ctx: EnContext, sentence: Sentence, from: number): Subject | null {
  const rest = ctx.text.slice(sentence.start + from, sentence.end);
  // Most sentences hold neither phrase: a plain search rules them out before the regex.
  if (!rest.includes('according to') && !rest.includes('as per')) return null;
  const m = ACCORDING.exec(rest);
  if (!m) return null;
  const at = sentence.start + from + m.index + m[0].indexOf(m[1]!);
  const source = resolveSubject(ctx, at, at + m[1]!.length + 1);
  return AUTHORITY.has(source.kind) && source.issuer ? source : null;
}

/**
 * "Hospitals must, the ministry said, report every case": an attribution set off by commas inside
 * the sentence, after the modal. The closing attribution reader wants it at the end.
 */
const MID_SAID = /^[^"“”]*?,\s+([^,"“”]{2,60}?)\s+(?:said|says|added|stressed|insisted|warned),\s+\p{Ll}/u;

/** The speaker of an attribution in commas after `from`, or null. */
export function midSentenceSpeaker(ctx: EnContext, sentence: Sentence, from: number): Subject | null {
  const rest = ctx.text.slice(sentence.start + from, sentence.end);
  const m = MID_SAID.exec(rest);
  if (!m) return null;
  const at = sentence.start + from + m[0].lastIndexOf(m[1]!);
  return resolveSubject(ctx, at, at + m[1]!.length + 1);
}
