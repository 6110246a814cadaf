import { EN_RULE_NOUN } from './directive-cues';
import { type EnContext, isAuthority, resolveSubject } from './subject';
import { SENTENCE_END } from './subject-patterns';

/**
 * "The Labour Department issued an order on Tuesday. The order also requires employers to ...": a
 * definite document with no author in its own sentence is the one a sentence before introduced
 * ("issued an order", "in a letter"), and its author is that sentence's subject. Only a sentence
 * naming the same document noun is read, nearest first, within a few sentences.
 */
const DEFINITE = /^["“‘]?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+)?$/u;
const WINDOW = 1200;

/** The author of the document `head` (the subject before the verb) refers back to, or null. */
export function documentAntecedent(ctx: EnContext, start: number, head: string): string | null {
  const rule = EN_RULE_NOUN.exec(head);
  if (!rule || !DEFINITE.test(head.slice(0, rule.index))) return null;
  const noun = rule[0].toLowerCase();
  const lo = Math.max(0, start - WINDOW);
  const before = ctx.text.slice(lo, start);
  const starts = [0];
  for (const m of before.matchAll(SENTENCE_END)) starts.push(m.index + m[0].length);
  const introduced = new RegExp(
    String.raw`\b(?:a|an|its|his|her|their|new)\s+(?:[\p{L}-]+\s+){0,2}?${noun}\b`,
    'iu',
  );
  for (let k = starts.length - 1; k >= 0 && k >= starts.length - 4; k--) {
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! : before.length;
    const sentence = before.slice(from, to);
    const m = introduced.exec(sentence);
    if (!m) continue;
    const subject = resolveSubject(ctx, lo + from, lo + from + Math.min(m.index + m[0].length, 160));
    return isAuthority(subject) && subject.kind !== 'rule' && subject.kind !== 'pronoun'
      ? subject.issuer
      : null;
  }
  return null;
}
