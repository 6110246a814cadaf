import type { Sentence } from '../../text/sentences';

/**
 * "We asked infectious disease experts to explain ...", "I found them, and asked them for comment":
 * outside a quote, a first-person request is the writer's own, to a source or a study's
 * participants, not an order of an authority (read on unlabelled pages: five such sentences were
 * taken, with no issuer). Only verbs of asking and telling: a call on anyone ("We call on both
 * sides to ...") is a directive whoever makes it.
 */
const ASKING: ReadonlySet<string> = new Set(['ask', 'tell']);
/** "I"/"we" at most six words before the verb, in its clause: "I found them, and asked". */
const FIRST_PERSON_CLAUSE = /(?:^|[\s,;—–(])(?:I|[Ww]e)\s+(?:[^\s"“”]+\s+){0,6}$/u;
const QUOTE = /["“”]/gu;

/** Is the order at `cueAt` a writer's own request outside any quote? */
export function writersOwnRequest(
  text: string,
  sentence: Sentence,
  s: string,
  cueAt: number,
  lemma: string,
): boolean {
  if (!ASKING.has(lemma) || !FIRST_PERSON_CLAUSE.test(s.slice(0, cueAt))) return false;
  if (s.search(QUOTE) >= 0) return false;
  // Inside a quote opened earlier in the paragraph the speaker is someone else.
  const paragraph = text.lastIndexOf('\n', sentence.start - 1) + 1;
  return (text.slice(paragraph, sentence.start).match(QUOTE)?.length ?? 0) % 2 === 0;
}
