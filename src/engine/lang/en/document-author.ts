import { type EnContext, isAuthority, resolveSubject } from './subject';

/**
 * "The Security Council adopted a resolution ... . The resolution also calls on member states to
 * ...", "Governor X issued an executive order ... . Under the order, restaurants must close": a
 * document that states a rule with no author of its own is the document the article said someone
 * issued, and its issuer is who issued it (the guidelines: "the body of a rule"). Without this the
 * rule went to whichever body or speaker was named last.
 */

// Document nouns by family: "the bill" points back to a law, an act or a bill; "the order" to an order.
const FAMILIES: ReadonlyArray<readonly string[]> = [
  ['law', 'laws', 'act', 'bill', 'legislation', 'statute'],
  ['rule', 'rules', 'regulation', 'regulations', 'guidance', 'guidelines', 'measure', 'measures'],
  ['order', 'decree', 'directive', 'proclamation', 'mandate', 'notice', 'circular'],
  ['resolution'],
  ['ruling', 'judgment', 'injunction'],
];
const FAMILY_OF = new Map(FAMILIES.flatMap((f, k) => f.map((w) => [w, k] as const)));
const NOUNS = FAMILIES.flat().join('|');

// The document the sentence's rule stands on: its subject ("The resolution also calls on ...",
// "The new bill would require ...") or an opening "Under the order, ...".
const RULE_SUBJECT = new RegExp(
  `^["“]?(?:(?:Under|According to)\\s+)?(?:the|this|that|a|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(${NOUNS})\\b`,
  'iu',
);
// The verbs that issue a document, with up to five words between the verb and its noun.
const ISSUED = new RegExp(
  `\\b(?:adopted|issued|passed|signed|approved|unveiled|introduced|published|announced|enacted|tabled|released|imposed|drafted|handed down)\\s+(?:[\\w’'-]+\\s+){0,5}?(${NOUNS})\\b`,
  'giu',
);
const CLAUSE_START = /(?:[.!?]["”’']?\s+|\n\s*|;\s+)(?=["“‘]?\p{Lu})/gu;
const REACH = 2000;

/** The authority that issued the document a rule sentence stands on, or null. */
export function documentAuthor(ctx: EnContext, start: number, sentence: string): string | null {
  const rule = RULE_SUBJECT.exec(sentence);
  if (!rule) return null;
  const family = FAMILY_OF.get(rule[1]!.toLowerCase());
  const lo = Math.max(0, start - REACH);
  const window = ctx.text.slice(lo, start);
  let issued: RegExpExecArray | null = null;
  ISSUED.lastIndex = 0;
  for (let m = ISSUED.exec(window); m; m = ISSUED.exec(window))
    if (FAMILY_OF.get(m[1]!.toLowerCase()) === family) issued = m;
  if (!issued) return null;
  // The issuing verb's subject: the clause that holds the verb, read up to the verb.
  let from = 0;
  for (const c of window.slice(0, issued.index).matchAll(CLAUSE_START)) from = c.index + c[0].length;
  const subject = resolveSubject(ctx, lo + from, lo + issued.index);
  return isAuthority(subject) && subject.kind !== 'rule' ? subject.issuer : null;
}
