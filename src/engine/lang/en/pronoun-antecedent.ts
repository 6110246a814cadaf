import { EN_BODY } from './directive-cues';
import { fullName } from './directive-issuer';
import type { EnContext } from './subject';
import { SENTENCE_BREAK, subjectStart } from './subject';

/**
 * "He" and "she" take the person who last stood as a sentence's subject: news carries one person
 * through a run of sentences ("Mr Brown said ... The problems were inseparable from poverty, he
 * added. He called on ..."), whether or not the officials analyzer titled that person. A sentence
 * led by "he"/"she" carries the same person on, so the walk goes past it; one led by no person
 * (a thing, a body, a quote's content) is passed over too.
 */

const PRONOUN = /^["“‘']?(?:he|she)\b/iu;
const HONORIFIC_NAME = /^((?:Mr|Mrs|Ms|Dr)\.?\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
/** Two or three capitalised words before a comma or a finite verb: "Riad Hijab, who ...", "Ann Vale said". */
const NAME_THEN_VERB =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?=\s*,|\s+(?:said|says|told|tells|added|has|had|was|is|will|would|\p{Ll}+ed)\b)/u;

/** The person heading the sentence [from, to): an official, "Mr X", a full name; "chain" for "he"; null for no person. */
function personAt(ctx: EnContext, from: number, to: number): string | 'chain' | null {
  const clause = ctx.text.slice(from, to);
  const at = subjectStart(clause);
  const head = clause.slice(at);
  if (PRONOUN.test(head)) return 'chain';
  const abs = from + at;
  for (const o of ctx.officials) {
    if (o.start > abs + 4) break;
    if (o.start >= abs) return o.name;
  }
  const honored = HONORIFIC_NAME.exec(head);
  // "Dr. Ann Vale" is named in full; "Mr Vale" by the full name written before.
  if (honored) return honored[2]!.includes(' ') ? honored[2]! : fullName(ctx.text, abs, honored[0]);
  const named = NAME_THEN_VERB.exec(head);
  return named && !EN_BODY.test(named[0]) ? named[0] : null;
}

/** The person "he"/"she" at `before` refers to, by the subjects of the sentences within `window` before it. */
export function pronounAntecedent(ctx: EnContext, before: number, window = 800): string | null {
  const lo = Math.max(0, before - window);
  // The window's first characters are mid-sentence unless the text starts there.
  const starts = lo === 0 ? [0] : [];
  for (const m of ctx.text.slice(lo, before).matchAll(SENTENCE_BREAK))
    starts.push(lo + m.index + m[0].length);
  for (let k = starts.length - 1; k >= 0; k--) {
    const from = starts[k]!;
    if (from >= before) continue;
    const person = personAt(ctx, from, Math.min(before, from + 160));
    if (person && person !== 'chain') return person;
  }
  return null;
}
