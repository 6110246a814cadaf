import type { Sentence } from '../../text/sentences';
import { type EnContext, isAuthority, resolveSubject } from './subject';

/**
 * "Under rules announced by the regulator on Monday, banks must ...", "Under the order signed by
 * the governor, bars must ...", "Under guidance from the Home Office, landlords must ...": the
 * author of the rule that opens the sentence places the obligation. Only the body or official was
 * read before, so a bare title ("the governor") or a body's qualifier ("health ministry") was lost.
 */
const OPENER_AUTHOR =
  /^((?:Under|According to)\s+[^,]{0,60}?\b(?:(?:issued|signed|passed|approved|adopted|announced|set|drafted|published|introduced|imposed|enacted|made)\s+by|from)\s+)([^,]{2,80}?)(?:\s+(?:on|in|last|this|earlier)\s[^,]{0,30})?,/u;

/** The authority named as the author in the rule that opens the sentence, or null. */
export function ruleOpenerAuthor(ctx: EnContext, sentence: Sentence, s: string): string | null {
  const m = OPENER_AUTHOR.exec(s);
  if (!m) return null;
  const at = sentence.start + m[1]!.length;
  const author = resolveSubject(ctx, at, at + m[2]!.length + 1);
  return isAuthority(author) && author.kind !== 'rule' ? author.issuer : null;
}
