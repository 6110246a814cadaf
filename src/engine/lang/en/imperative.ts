import type { Sentence } from '../../text/sentences';
import { EN_IMPERATIVE_VERBS } from './directive-cues';
import { closingSpeaker } from './obligation';
import { type EnContext, isAuthority, quotedSpeaker, resolveSubject } from './subject';

const VERB = /^[\p{L}’']+/u;
/** A quote that opens the sentence: its first word. */
const OPENING_QUOTE = /^["“‘]\s*/u;
/** "X said: "Stay ..."", "X told reporters, 'Leave now'": the speaker before the quote. */
const SAID_QUOTE =
  /\b(?:said|says|told [\p{L} ]{1,30}|added|warned|urged|ordered|wrote|tweeted|declared|insisted)[,:]\s*["“‘]\s*(?=[\p{L}’']+)/u;

/** Is the text an instruction: an imperative verb ("Do not" too) as its first word? */
function opensImperative(text: string): boolean {
  const word = VERB.exec(text)?.[0];
  if (!word || !/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (lower === 'do') return /^Do not\s/u.test(text);
  return EN_IMPERATIVE_VERBS.has(lower);
}

/**
 * The issuer of a quoted instruction by an authority, or undefined when the sentence is none:
 * the speaker of a closing attribution, the speaker before a colon, or the speaker of the quote the
 * sentence continues.
 */
export function quotedImperative(ctx: EnContext, sentence: Sentence, s: string): string | null | undefined {
  const open = OPENING_QUOTE.exec(s);
  if (open && opensImperative(s.slice(open[0].length))) {
    const speaker = closingSpeaker(ctx, sentence, open[0].length);
    if (speaker) return isAuthority(speaker) ? speaker.issuer : undefined;
    return quotedSpeaker(ctx, sentence.start, sentence.end) ?? undefined;
  }
  const said = SAID_QUOTE.exec(s);
  if (said && opensImperative(s.slice(said.index + said[0].length))) {
    const speaker = resolveSubject(ctx, sentence.start, sentence.start + said.index);
    return isAuthority(speaker) ? speaker.issuer : undefined;
  }
  // Inside a quote opened by an earlier sentence of the paragraph ('... ," the mayor said. "Stay home.').
  if (!open && opensImperative(s)) return quotedSpeaker(ctx, sentence.start, sentence.end) ?? undefined;
  return undefined;
}
