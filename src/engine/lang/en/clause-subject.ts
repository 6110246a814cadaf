import type { Sentence } from '../../text/sentences';
import { type EnContext, resolveSubject, type Subject } from './subject';

/**
 * The subject of an ordering verb that stands in a clause of its own after the sentence's subject:
 * "Shops reopened a week after Governor Ann Vale ordered them closed", "Residents fled as officials
 * urged ...", "The company complied and the regulator told it to ...", "It emerged that the ministry
 * had told banks to ...". The sentence's subject (shops, residents, the company) gives no order;
 * the authority heading the verb's own clause does. Read on unlabelled news pages: the main
 * subject was taken as the issuer, or an outsider main subject dropped the directive.
 */

// Words that open a clause with a subject of its own. "as well as" and "such as" join nouns.
const OPENER =
  /(?<![\p{L}'’-])(?<!\bas well |\bsuch )(?:after|before|when|whenever|while|as|since|until|because|although|though|once|whereas|that|and|but)\s+/giu;
/** The clause between its opener and the verb: a subject and auxiliaries, no second verb or clause. */
const SHORT_CLAUSE = /^[^,;:"“”()—–]{1,70}$/u;
// A verb between the clause's subject and the ordering verb means the verb belongs to another
// clause ("that the ministry issued requires ...": the rule requires, not the ministry).
const OTHER_VERB =
  /(?<![\p{L}'’-])(?:is|are|was|were|said|says|\p{Ll}+ed|issued|made|wrote|signed|passed|gave|took)\s+(?!to\b)/u;
// "issued after Yoon's address banned ...": "after" governs a noun here, and the possessor's speech
// or act, not the possessor, heads what follows. Auxiliaries and adverbs may stand before the verb.
const POSSESSED_HEAD =
  /['’]s?\s+\p{L}+\s+(?:(?:had|has|have|would|will|did|also|then|later|already|\p{Ll}+ly)\s+)*$/u;
const CLAUSE_AUTHORITY = new Set(['official', 'title', 'body']);

/** The authority heading the clause that holds the verb at `cueAt`, or null when the verb's clause is the sentence's. */
export function clauseSubject(
  ctx: EnContext,
  sentence: Sentence,
  before: string,
  from: number,
): Subject | null {
  let last: RegExpExecArray | null = null;
  OPENER.lastIndex = from;
  for (let m = OPENER.exec(before); m; m = OPENER.exec(before)) last = m;
  if (!last || last.index === from) return null;
  const at = last.index + last[0].length;
  const clause = before.slice(at);
  if (!SHORT_CLAUSE.test(clause) || OTHER_VERB.test(clause) || POSSESSED_HEAD.test(clause)) return null;
  const inner = resolveSubject(ctx, sentence.start + at, sentence.start + before.length);
  return CLAUSE_AUTHORITY.has(inner.kind) && inner.issuer ? inner : null;
}
