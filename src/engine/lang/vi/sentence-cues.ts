import { wordStartLiterals } from '../../text/word-start-literals';
import {
  VI_ISSUING_LITERALS,
  VI_MODAL_LITERALS,
  VI_RULE_FRAME_LITERALS,
  VI_SPEECH_CUE_LITERALS,
} from './cue-scans';
import { VI_DEADLINE_PHRASES } from './obligation';
import { VI_REQUEST_VERBS } from './request';

/**
 * The cue families a Vietnamese sentence holds, found once per sentence: most sentences hold a
 * few, and the readers of the others (each a regex over the whole sentence) are skipped. Each bit
 * says a phrase its readers' regexes open with starts a word of the sentence.
 */
export const CUE_SPEECH = 1;
export const CUE_MODAL = 2;
export const CUE_RULE = 4;
export const CUE_ISSUING = 8;
/** request.ts's request verbs. */
export const CUE_REQUEST = 16;
/** find-directives' assigned task ("chủ trì, phối hợp"). */
export const CUE_ASSIGNMENT = 32;
/** obligation.ts's deadlines. */
export const CUE_DEADLINE = 64;

export const VI_SENTENCE_CUES = wordStartLiterals([
  [CUE_SPEECH, VI_SPEECH_CUE_LITERALS],
  [CUE_MODAL, VI_MODAL_LITERALS],
  [CUE_RULE, VI_RULE_FRAME_LITERALS],
  [CUE_ISSUING, VI_ISSUING_LITERALS],
  [CUE_REQUEST, VI_REQUEST_VERBS],
  [CUE_ASSIGNMENT, ['chủ trì']],
  [CUE_DEADLINE, VI_DEADLINE_PHRASES],
]);
