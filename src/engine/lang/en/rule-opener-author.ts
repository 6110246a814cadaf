import type { Sentence } from '../../text/sentences';
import { EN_AUTHORED } from './directive-cues';
import { documentAntecedent } from './document-antecedent';
import { type EnContext, isAuthority, resolveSubject } from './subject';

/**
 * "Under rules announced by the regulator on Monday, banks must ...", "Under the order signed by
 * the governor, bars must ...", "Under guidance from the Home Office, landlords must ...": the
 * author of the rule that opens the sentence places the obligation. Without an author written
 * there ("Under the order, restaurants must close"), the rule is the document a sentence before
 * introduced, and its author is who issued it.
 */
const OPENER_AUTHOR = new RegExp(
  String.raw`^((?:Under|According to)\s+[^,]{0,60}?\b(?:(?:${EN_AUTHORED})\s+by|from)\s+)([^,]{2,80}?)(?:\s+(?:on|in|last|this|earlier)\s[^,]{0,30})?,`,
  'u',
);
const OPENER = /^["“‘]?(?:Under|According to)\s+/u;

/** The authority behind the rule that opens the sentence: its written author, else the earlier issuer; or null. */
export function ruleOpenerIssuer(ctx: EnContext, sentence: Sentence, s: string): string | null {
  const m = OPENER_AUTHOR.exec(s);
  if (m) {
    const at = sentence.start + m[1]!.length;
    const author = resolveSubject(ctx, at, at + m[2]!.length + 1);
    if (isAuthority(author) && author.kind !== 'rule') return author.issuer;
  }
  const opener = OPENER.exec(s);
  const comma = opener ? s.indexOf(',', opener[0].length) : -1;
  return comma < 0 ? null : documentAntecedent(ctx, sentence.start, s.slice(opener![0].length, comma + 1));
}
