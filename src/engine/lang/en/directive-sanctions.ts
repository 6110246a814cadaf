import type { Sentence } from '../../text/sentences';
import { EN_FAILURE_WORDS } from './directive-failure-words';
import { closingSpeaker, contextIssuer, type Obligation } from './obligation';
import { type EnContext, isAuthority } from './subject';

/**
 * A sanction that falls on those who fail to act: "Schools will be shut down if they fail to
 * promote ...", "Firms that refuse to register will be fined", "Anyone who breaches the order
 * faces a fine". The sanction states the obligation it enforces (the guidelines: a sanction that
 * obliges or forbids is a directive). A loss that is no one's sanction ("will lose its passport if
 * Britain fails to") and a penalty with no failure ("could be jailed if convicted") are not read.
 */

// ASCII words, case-insensitive without the `u` flag for speed (see EN_NON_AUTHORITY).
const FAILURE =
  /\b(?:(?:if|unless|who|that|which|when|whoever)\s+(?:[^\s,.;]+\s+){0,4}?(?:fail|fails|refuse|refuses|do not|does not|don['’]t|doesn['’]t)\s+to\s|(?:who|that|whoever)\s+(?:violate|violates|breach|breaches|flout|flouts|defy|defies)\s|(?:for|on) (?:failing|refusing) to\s)/i;
const SANCTION =
  /\b(?:(?:will|shall|would|could|can|may)(?: now| also| then)? (?:be (?:fined|closed|shut down|closed down|prosecuted|penali[sz]ed|punished|jailed|imprisoned|deregistered|struck off|disqualified|stripped of|barred|suspended|sanctioned|expelled|deported|evicted|arrested)|face )|(?:face|faces|risk|risks) (?:a |heavy |hefty )?(?:fines?|penalt(?:y|ies)|prosecution|sanctions|closure|jail|prison|legal action|disciplinary action|criminal charges|deportation|expulsion))/i;
/** "will face" + what: a sanction, not "will face a tough choice". */
const FACED =
  /^(?:a |heavy |hefty |up to )?(?:fines?|penalt(?:y|ies)|prosecution|sanctions|closure|jail|prison|legal action|disciplinary action|criminal charges|deportation|expulsion)\b/i;
const NEGATED = /\b(?:not|never|no longer)\s+$/i;

function failureWord(s: string, at: number[]): boolean {
  for (const a of at) {
    const m = /[\p{L}]+/uy;
    m.lastIndex = a;
    if (EN_FAILURE_WORDS.has(m.exec(s)?.[0].toLowerCase() ?? '')) return true;
  }
  return false;
}

/** The sanction in `s` and its issuer, or null. */
export function findSanction(ctx: EnContext, sentence: Sentence, s: string, at: number[]): Obligation | null {
  if (!failureWord(s, at) || !FAILURE.test(s)) return null;
  const m = SANCTION.exec(s);
  if (!m || NEGATED.test(s.slice(0, m.index))) return null;
  if (m[0].endsWith('face ') && !FACED.test(s.slice(m.index + m[0].length))) return null;
  const closing = closingSpeaker(ctx, sentence, m.index);
  if (closing?.kind === 'outsider') return null;
  return { issuer: closing && isAuthority(closing) ? closing.issuer : contextIssuer(ctx, sentence, m.index) };
}
