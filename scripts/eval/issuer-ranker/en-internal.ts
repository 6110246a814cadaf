/**
 * The English rules' own alternatives, read with the pack's exported readers from outside the
 * engine: the cue verb's grammatical subject, the closing attribution's speaker, the quote's
 * speaker, the last authority and last body that stood as a subject, the pronoun reading. The rules
 * return one of these (or the reported clause's subject); the ranker sees each as its own candidate.
 */
import { findCue } from '../../../src/engine/lang/en/directive-frames';
import { resolvePerson } from '../../../src/engine/lang/en/directive-issuer';
import { enTriggerOffsets } from '../../../src/engine/lang/en/find-directives';
import { closingSpeaker } from '../../../src/engine/lang/en/obligation';
import {
  type EnContext,
  lastAuthority,
  lastBody,
  quotedSpeaker,
  resolveSubject,
} from '../../../src/engine/lang/en/subject';
import type { Sentence } from '../../../src/engine/text/sentences';
import type { Word } from '../../../src/engine/text/words';
import type { OfficialAnnotation } from '../../../src/engine/types';

export type AddCandidate = (name: string | null, ...features: string[]) => void;

export function enInternal(
  text: string,
  words: Word[],
  officials: OfficialAnnotation[],
  sentence: Sentence,
  lastIssuer: string | null,
  add: AddCandidate,
): void {
  const ctx: EnContext = { text, words, officials, lastIssuer };
  const s = text.slice(sentence.start, sentence.end);
  const at = enTriggerOffsets(words)
    .filter((t) => t >= sentence.start && t < sentence.end)
    .map((t) => t - sentence.start);
  const cue = findCue(s, at);
  if (cue) {
    const subject = resolveSubject(ctx, sentence.start, sentence.start + cue.at);
    add(subject.issuer, 'int:subject', `int:subject-${subject.kind}`);
    const closing = closingSpeaker(ctx, sentence, cue.at);
    add(closing?.issuer ?? null, 'int:closing', `int:closing-${closing?.kind}`);
  } else add(null);
  add(quotedSpeaker(ctx, sentence.start, sentence.end), 'int:quoted');
  add(lastAuthority(ctx, sentence.start), 'int:last-authority');
  add(lastBody(ctx, sentence.start), 'int:last-body');
  add(resolvePerson(text, officials, sentence.start), 'int:person');
}
