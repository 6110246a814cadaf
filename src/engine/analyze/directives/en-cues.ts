import {
  EN_BASE_FORMS,
  EN_CUE_VERBS,
  EN_NOUN_CONTEXT,
  EN_OBJECT_STOP,
  EN_VERB_CONTEXT,
  type EnCueVerb,
  type EnFrame,
} from '../lexicons/en-directive-cues';

/** An ordering verb in a sentence with the complement frame it was found with. */
export interface CueHit {
  /** Offset of the verb in the sentence. */
  at: number;
  lemma: string;
  frame: EnFrame;
  rule: boolean;
}

const WORD = /[\p{L}][\p{L}’'-]*/gu;
const PASSIVE_AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const CALL = new Set(['call', 'called', 'calls', 'calling']);
const APPEAL = new Set(['appealed', 'appeals', 'appealing']);
const QUESTION_AFTER_ASK = /^\s+(?:why|whether|if|about|what|how|when|who|where)\b/iu;
const WEEKDAY = /^(?:on\s+\p{Lu}\p{Ll}+day\s+)/u;

/**
 * After the verb: an object of at most `max` words, then `word` ("urged the country's leaders to").
 * Returns the offset after `word`, or -1. An object stops at a clause word ("that", "was").
 */
function objectThen(after: string, word: string, max: number, allowEmpty: boolean): number {
  WORD.lastIndex = 0;
  let count = 0;
  for (let m = WORD.exec(after); m; m = WORD.exec(after)) {
    const gap = after.slice(0, m.index);
    if (/[.;:!?]/u.test(gap.slice(gap.length - 3))) return -1;
    const w = m[0].toLowerCase();
    if (w === word && (count > 0 || allowEmpty)) {
      if (word === 'to' && /\bin order\s+$|\bso as\s+$/u.test(gap)) return -1;
      return m.index + m[0].length;
    }
    if (w === 'not' && word === 'to') continue;
    if (EN_OBJECT_STOP.has(w) || ++count > max) return -1;
  }
  return -1;
}

/** The frames of `cue` that the text after it satisfies, strongest first. */
function frameAfter(cue: EnCueVerb, after: string): EnFrame | null {
  for (const f of cue.frames) {
    if (f === 'to' && objectThen(after, 'to', 14, true) >= 0) return f;
    if (f === 'that' && /^\s+that\s/u.test(after)) return f;
    if (f === 'for' && /^\s+for\s/u.test(after)) return f;
    if (f === 'from' && objectThen(after, 'from', 10, false) >= 0) return f;
    if (f === 'with' && objectThen(after, 'with', 6, false) >= 0) return f;
    if (f === 'np' && /^\s+["“‘]?[\p{L}\d$£€]/u.test(after) && !/^\s+(?:by|in|at|on|as|to)\b/u.test(after))
      return f;
  }
  return null;
}

/** "called on X to", "called for", "called on Saturday for", "appealed to X to". */
function particleFrame(lower: string, after: string): EnFrame | null {
  if (CALL.has(lower)) {
    const on = /^\s+(?:on|upon)\s+/u.exec(after);
    if (on && !WEEKDAY.test(after.trimStart())) {
      return objectThen(after.slice(on[0].length - 1), 'to', 12, false) >= 0 ? 'to' : null;
    }
    const rest = after.trimStart().replace(WEEKDAY, '');
    return /^for\s/u.test(rest) ? 'for' : null;
  }
  if (APPEAL.has(lower)) {
    const to = /^\s+to\s+/u.exec(after);
    if (to && objectThen(after.slice(to[0].length - 1), 'to', 8, false) >= 0) return 'to';
    return /^\s+for\s/u.test(after) ? 'for' : null;
  }
  return null;
}

/** Is the word at `index` used as a verb, judging by the words before it? */
function verbContext(words: string[], index: number, lower: string): boolean {
  const prev = words[index - 1] ?? '';
  if (EN_BASE_FORMS.has(lower) || lower === 'call') return EN_VERB_CONTEXT.has(prev);
  if (EN_NOUN_CONTEXT.has(prev) || PASSIVE_AUX.has(prev) || /['’]s?$/u.test(prev)) return false;
  // "explicitly banned goods", "of newly required forms": an adverb after a determiner.
  if (prev.endsWith('ly') && EN_NOUN_CONTEXT.has(words[index - 2] ?? '')) return false;
  return true;
}

/** The first ordering verb of the sentence that stands in a directive frame. */
export function findCue(s: string): CueHit | null {
  const words: string[] = [];
  WORD.lastIndex = 0;
  const all = [...s.matchAll(WORD)];
  for (const [i, m] of all.entries()) {
    const lower = m[0].toLowerCase();
    words.push(lower);
    const cue = EN_CUE_VERBS.get(lower);
    const particle = CALL.has(lower) || APPEAL.has(lower);
    if (!cue && !particle) continue;
    if (!verbContext(words, i, lower)) continue;
    const after = s.slice(m.index + m[0].length);
    if (lower === 'asked' && (i === 0 || QUESTION_AFTER_ASK.test(after))) continue;
    const frame = cue ? frameAfter(cue, after) : particleFrame(lower, after);
    if (!frame) continue;
    return { at: m.index, lemma: cue?.lemma ?? 'call', frame, rule: cue?.rule ?? false };
  }
  return null;
}
