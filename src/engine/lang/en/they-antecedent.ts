import { EN_BODY } from './directive-cues';
import { type EnContext, resolveSubject } from './subject';
import { SENTENCE_END } from './subject-patterns';
import { subjectStart } from './subject-start';

/**
 * "The Nurses Federation met on Sunday. They urged the state to ...": with no order before it,
 * "they" is the body that opens the sentence before. Only a body standing first in that sentence's
 * subject is taken: a body deep in a clause ("The MPs said the government had not ...") is not
 * what "they" refers to, and then the issuer stays unknown.
 */
// At most four words before the body word, none a verb or a clause opener.
const HEAD_PREFIX =
  /^(?:(?!(?:said|says|told|has|have|had|is|are|was|were|that|who|which|\p{Ll}+ed)\s)[\p{L}.’'-]+\s+){0,4}$/u;

/** The body heading the sentence just before `start`, or null. */
export function theyAntecedent(ctx: EnContext, start: number): string | null {
  const lo = Math.max(0, start - 600);
  const window = ctx.text.slice(lo, start);
  let prev = -1;
  for (const m of window.trimEnd().matchAll(SENTENCE_END)) prev = m.index + m[0].length;
  if (prev < 0 && lo > 0) return null;
  // The sentence starts at its first non-space character, searched in the window, not the rest of the text.
  const rel = Math.max(0, prev);
  const from = lo + rel + Math.max(0, window.slice(rel).search(/\S/u));
  const sentence = ctx.text.slice(from, Math.min(start, from + 160));
  const at = subjectStart(sentence);
  const body = EN_BODY.exec(sentence.slice(at));
  if (!body || !HEAD_PREFIX.test(sentence.slice(at, at + body.index))) return null;
  const subject = resolveSubject(ctx, from, from + sentence.length);
  return subject.kind === 'body' ? subject.issuer : null;
}
