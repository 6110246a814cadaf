import {
  EN_BASE_FORMS,
  EN_CUE_VERBS,
  EN_ISSUE_VERBS,
  EN_NOUN_CONTEXT,
  EN_OBJECT_STOP,
  EN_PLURAL_NOUNS,
  EN_VERB_CONTEXT,
  type EnCueVerb,
  type EnFrame,
} from './directive-cues';
import { wordsBefore } from './directive-words';

/** An ordering verb in a sentence with the complement frame it was found with. */
export interface CueHit {
  /** Offset of the verb in the sentence. */
  at: number;
  lemma: string;
  frame: EnFrame;
  rule: boolean;
}

const PASSIVE_AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const CALL = new Set(['call', 'called', 'calls', 'calling']);
const APPEAL = new Set(['appealed', 'appeals', 'appealing']);
const QUESTION_AFTER_ASK = /^\s+(?:why|whether|if|about|what|how|when|who|where)\b/iu;
const QUESTION_AFTER_DEMAND = /^\s+(?:(?:repeatedly|again)\s+)?(?:why|whether|how|what|who|where)\b/iu;
const DEMANDED = new Set(['demanded', 'demands', 'demanding']);
/** Conjunctions that open a reduced passive clause before a participle ("when asked to", "unless ordered to"). */
const REDUCED_CLAUSE = new Set([
  'when',
  'whenever',
  'if',
  'unless',
  'once',
  'until',
  'after',
  'before',
  'though',
  'although',
]);
const WEEKDAY = /^(?:on\s+\p{Lu}\p{Ll}+day\s+)/u;

const NEXT_WORD = /([^\p{L}]*)([\p{L}][\p{L}’'-]*)/uy;
/** Words after which "to" is a preposition: "according to", "due to", "next to". */
const PREPOSITION_TO = new Set([
  'according',
  'due',
  'next',
  'prior',
  'thanks',
  'owing',
  'close',
  'up',
  'compared',
  'addition',
  'contrary',
  'pursuant',
  'similar',
  'relative',
]);
/** A determiner or an object pronoun after "to": "to the left", "to them" (never "to be", "to stay"). */
const NOT_INFINITIVE =
  /^\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those|him|them|me|us|whom|which|what)\b/iu;

/**
 * A clause's subject pronoun inside the object: "told me she grew suspicious when ... came to",
 * "told Mashable they've been trying to": the verb reports what was said; it orders no one.
 */
const NOMINATIVE: ReadonlySet<string> = new Set(
  "he she they we i they've they're they'd she'd he'd we've we're we'd they’ve they’re they’d she’d he’d we’ve we’re we’d".split(
    ' ',
  ),
);
const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words after which a determiner still belongs to one object ("people near the river", "all the"). */
const OBJECT_LINK = new Set(
  'to of in on at for from with by near around across about into over under between among within without including and or all both each every'.split(
    ' ',
  ),
);

/** `/[.;:!?]/u` by character code: a clause mark in the gap before a word. */
function closesClause(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63) return true;
  }
  return false;
}

/**
 * After the verb: an object of at most `max` words, then `word` ("urged the country's leaders to").
 * Returns true when found. An object stops at a clause word ("that", "was") or a clause mark, at a
 * clause's subject pronoun, and where a second noun phrase starts ("told reporters the decision to
 * drop ...": the "to" is the noun's). "to" before a capital is a preposition ("told her story to Paul").
 */
function objectThen(after: string, word: string, max: number, allowEmpty: boolean): boolean {
  NEXT_WORD.lastIndex = 0;
  let count = 0;
  let prev = '';
  let prev2 = '';
  let relative = false;
  // Inside ", which ...": only a comma closes it ("the trial, which is to begin" holds no order).
  let parenthesis = false;
  let first = '';
  for (let m = NEXT_WORD.exec(after); m; m = NEXT_WORD.exec(after)) {
    if (closesClause(m[1]!)) return false;
    const w = m[2]!.toLowerCase();
    if (parenthesis && m[1]!.includes(',')) parenthesis = false;
    if (w === word && !parenthesis && (count > 0 || allowEmpty)) {
      if (word !== 'to') return true;
      if ((prev2 === 'in' && prev === 'order') || (prev2 === 'so' && prev === 'as')) return false;
      // "too far to the left", "according to a statement": a preposition, not an infinitive's
      // "to"; the object may go on to the infinitive ("told people near the river to leave").
      const rest = after.slice(NEXT_WORD.lastIndex);
      // "do anything you ask him to.": a "to" with no verb after it orders nothing here.
      const verbless = !/^\s+["“‘]?\p{L}/u.test(rest);
      if (!PREPOSITION_TO.has(prev) && !NOT_INFINITIVE.test(rest) && !/^\s+\p{Lu}/u.test(rest) && !verbless)
        return true;
    }
    if (!relative && !parenthesis && count > 0) {
      if (NOMINATIVE.has(w)) return false;
      // A second noun phrase right after a one-noun object ("told reporters the", "asking the man
      // his"); a longer object may hold a phrase the rule cannot see ("parties to the conflict").
      const short = count === 1 || (count === 2 && DETERMINER.has(first));
      // An apposition after a comma goes on naming the object ("called on China, the largest emitter, to").
      if (
        short &&
        DETERMINER.has(w) &&
        !OBJECT_LINK.has(prev) &&
        !/['’]s?$/u.test(prev) &&
        !m[1]!.includes(',')
      )
        return false;
    }
    if (count === 0) first = w;
    prev2 = prev;
    prev = w;
    if (w === 'not' && word === 'to') continue;
    // "asked anyone who saw the crash to call", "urged the state, which funds the line, to": a
    // relative clause inside the object (a longer object then).
    if (w === 'which' && m[1]!.includes(',')) relative = parenthesis = true;
    else if (w === 'who') relative = true;
    else if ((!relative && EN_OBJECT_STOP.has(w)) || w === 'that') return false;
    if (++count > (relative ? max + 8 : max)) return false;
  }
  return false;
}

/** "gave the company until Friday to", "given councils 30 more days to": a time limit, then the act. */
const DEADLINE =
  /^\s+(?:[\p{L}'’-]+\s+){1,5}?(?:(?:until|till)\s+[^,.;:]{1,30}?|(?:\d+|a|an|one|two|three|four|five|six|seven|ten|fifteen|thirty|several|a few)\s+(?:more\s+|extra\s+|additional\s+)?(?:hours?|days?|weeks?|months?|years?))\s+to\s+\p{L}/u;
/** "told the firm (that) it must pay", "warned banks they would have to": an order in a that-clause. */
const TOLD_MODAL =
  /^\s+(?:[\p{L}'’-]+\s+){1,5}?(?:that\s+)?(?:it|they|he|she|you|these|those|the\s+\p{L}+|all\s+\p{L}+)\s+(?:must|should|shall|had to|has to|have to|would have to|will have to|needed to|need to|would need to|will need to|(?:is|are|was|were|would be|will be) required to|cannot|could not|can(?:no|['’])t)\s/u;
const TELLING = new Set(['tell', 'warn', 'advise']);
/** "asked to speak", "requested to be heard": a plea for leave to act, which orders no one. */
const SELF_REQUEST = new Set(['ask']);

/**
 * What a court halts that binds someone: a rule or a government act ("halted the ban", "struck
 * down the law", "blocked the deportations"), not "halted proceedings" or "overturned his conviction".
 */
const HALTED_ACT =
  /^\s+(?:down\s+)?(?:[\p{L}\d'’.-]+\s+){0,5}?(?:ban|bans|law|laws|rules?|regulations?|policy|policies|order|orders|decree|mandate|measure|requirements?|deportations?|executions?|merger|sale|plan|program|programme|project|construction|restrictions?|tariffs?|act|statute|ordinance|curfew|lockdown|evictions?|demolitions?|closure)\b/u;

/**
 * What an authority seeks that the addressee must give: an answer from it ("sought a reply from
 * the Centre", "sought the state's response", "seeking an explanation from the hospital"), not
 * "sought shelter", "seeking re-election" or "sought to".
 */
const SOUGHT_ANSWER =
  /^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}.-]+['’]s?\s+)?(?:detailed\s+|fresh\s+|written\s+|status\s+|compliance\s+)?(?:reply|replies|response|responses|explanation|report|clarification|affidavit)\b/u;

/** The frames of `cue` that the text after it satisfies, strongest first. */
function frameAfter(cue: EnCueVerb, after: string): EnFrame | null {
  for (const f of cue.frames) {
    if (f === 'deadline') {
      if (DEADLINE.test(after)) return f;
      continue;
    }
    // "demanded to know", "the bench directed to issue notice"; a rule verb right before "to" is a
    // participle ("the majority required to convict").
    if (f === 'to' && objectThen(after, 'to', 14, !cue.rule && !SELF_REQUEST.has(cue.lemma))) return f;
    if (f === 'that' && /^\s+that\s/u.test(after)) return f;
    if (f === 'to' && TELLING.has(cue.lemma) && TOLD_MODAL.test(after)) return 'that';
    // "asked the public for help": a short object before "for".
    if (
      f === 'for' &&
      (/^\s+for\s/u.test(after) || (cue.lemma === 'ask' && objectThen(after, 'for', 3, false)))
    )
      return f;
    if (f === 'from' && objectThen(after, 'from', 10, false)) return f;
    if (f === 'with' && objectThen(after, 'with', 6, false)) return f;
    if (cue.lemma === 'seek') {
      if (SOUGHT_ANSWER.test(after)) return f;
      continue;
    }
    if (f === 'np' && /^\s+["“‘]?[\p{L}\d$£€]/u.test(after) && !/^\s+(?:by|in|at|on|as|to)\b/u.test(after))
      if (cue.lemma !== 'halt' || HALTED_ACT.test(after)) return f;
  }
  return null;
}

/** "called on X to", "called for", "called on Saturday for", "appealed to X to". */
function particleFrame(lower: string, after: string): EnFrame | null {
  if (CALL.has(lower)) {
    const on = /^\s+(?:on|upon)\s+/u.exec(after);
    if (on && !WEEKDAY.test(after.trimStart())) {
      return objectThen(after.slice(on[0].length - 1), 'to', 12, false) ? 'to' : null;
    }
    const rest = after.trimStart().replace(WEEKDAY, '');
    return /^for\s/u.test(rest) ? 'for' : null;
  }
  if (APPEAL.has(lower)) {
    const to = /^\s+to\s+/u.exec(after);
    if (to && objectThen(after.slice(to[0].length - 1), 'to', 8, false)) return 'to';
    return /^\s+for\s/u.test(after) ? 'for' : null;
  }
  return null;
}

const WORD_AT = /[\p{L}][\p{L}’'-]*/uy;
const VERB_AFTER_NOUN =
  /^\s+(?:have|has|had|are|were|is|was|will|would|can|could|may|might|must|should|allow|allowed|remain|remained|apply|applied|took|take|came|come|went|go)\b/u;

const NOUN_CUES = new Set([
  'call',
  'demand',
  'order',
  'orders',
  'appeal',
  'directive',
  'directives',
  'instruction',
  'instructions',
]);
/** Words before a plural like "orders" that make it a verb: "Kim orders", "the law bans". */
const SUBJECT_END =
  /^(?:it|he|she|which|that|also|now|law|act|bill|rule|decree|court|government|ministry|state)$/u;

/** "issued the demand", "made a joint call for calm": an order as a noun after a verb of issuing. */
function issuedNoun(s: string, start: number, lower: string): boolean {
  if (!NOUN_CUES.has(lower)) return false;
  return wordsBefore(s, start, 3).some((w) => EN_ISSUE_VERBS.has(w));
}

const NOTICE = new Set(['notice', 'notices']);
const NOT_PLURAL = /(?:ss|us|is|ics|news)$/u;
const NOT_SUBJECT = new Set(['its', 'his', 'this', 'was', 'has', 'does', 'yes', 'less', 'unless', 'whereas']);
/** Base forms that are never nouns: after a plural they are its verb; "order", "ban" would make compounds ("arms ban"). */
const VERB_ONLY = new Set(
  'instruct urge require ask tell warn prohibit forbid outlaw enjoin implore exhort beseech'.split(' '),
);

const RULE_PLURALS = new Set([
  'rules',
  'laws',
  'regulations',
  'guidelines',
  'statutes',
  'policies',
  'provisions',
]);

/** A plural noun before a verb-only base form is its subject: "the new rules require", "officials urge". */
function pluralSubject(prev: string, lower: string): boolean {
  // "the rules bar officials from", "laws ban": after a plural rule noun any base form is its verb.
  if (RULE_PLURALS.has(prev)) return true;
  if (!VERB_ONLY.has(lower) || prev.length < 4 || !prev.endsWith('s')) return false;
  return !NOT_PLURAL.test(prev) && !NOT_SUBJECT.has(prev);
}

/** Past forms of the cue verbs that do not end in "-ed" ("the court told", "the court gave"). */
const IRREGULAR_PAST = new Set(['told', 'gave', 'forbade', 'besought', 'struck']);

/** Is the word used as a verb, judging by the two words before it? */
function verbContext(prev: string, prev2: string, lower: string): boolean {
  if (EN_BASE_FORMS.has(lower) || lower === 'call')
    return EN_VERB_CONTEXT.has(prev) || pluralSubject(prev, lower);
  if (EN_PLURAL_NOUNS.has(lower) && !SUBJECT_END.test(prev)) return false;
  // "court orders" is a noun, "the court ordered" a verb: the past form after the noun.
  if (prev === 'court' && (/ed$/u.test(lower) || IRREGULAR_PAST.has(lower))) return true;
  // "is directing", "are urging": a progressive after the auxiliary, not a passive.
  if (PASSIVE_AUX.has(prev) && prev !== 'being' && lower.endsWith('ing')) return true;
  if (EN_NOUN_CONTEXT.has(prev) || PASSIVE_AUX.has(prev) || /['’]s?$/u.test(prev)) return false;
  // "explicitly banned goods", "of newly required forms": an adverb after a determiner.
  if (prev.endsWith('ly') && EN_NOUN_CONTEXT.has(prev2)) return false;
  return true;
}

/** Whether the word before `start` (within 30 characters) is capitalised ("Kim orders"). */
function capitalBefore(s: string, start: number): boolean {
  return /^\p{Lu}/u.test(
    s
      .slice(Math.max(0, start - 30), start)
      .trimEnd()
      .split(/\s+/u)
      .pop() ?? '',
  );
}

/** The first ordering verb, among the trigger words at offsets `at`, that stands in a directive frame. */
export function findCue(s: string, at: number[]): CueHit | null {
  for (const start of at) {
    WORD_AT.lastIndex = start;
    const m = WORD_AT.exec(s);
    if (!m) continue;
    const lower = m[0].toLowerCase();
    const cue = EN_CUE_VERBS.get(lower);
    // "issued notice to the Centre": a court's notice, which calls on its addressee to answer.
    if (NOTICE.has(lower)) {
      const issued = wordsBefore(s, start, 2).some((w) => EN_ISSUE_VERBS.has(w));
      if (issued && /^\s+to\s/u.test(s.slice(start + m[0].length)))
        return { at: start, lemma: 'order', frame: 'np', rule: false };
      continue;
    }
    if (!cue && !CALL.has(lower) && !APPEAL.has(lower) && !NOUN_CUES.has(lower)) continue;
    const [prev = '', prev2 = ''] = wordsBefore(s, start, 2);
    // The capital test is read only for a plural noun cue whose context reads no verb.
    if (!(verbContext(prev, prev2, lower) || (EN_PLURAL_NOUNS.has(lower) && capitalBefore(s, start)))) {
      if (issuedNoun(s, start, lower)) return { at: start, lemma: 'order', frame: 'np', rule: false };
      continue;
    }
    if (!cue && !CALL.has(lower) && !APPEAL.has(lower)) continue;
    const after = s.slice(start + m[0].length);
    // "Stay-at-home orders have closed ...", "Limit orders allow ...": a verb after the plural makes it the noun.
    if (EN_PLURAL_NOUNS.has(lower) && VERB_AFTER_NOUN.test(after)) continue;
    if (lower === 'asked' && (start === 0 || QUESTION_AFTER_ASK.test(after))) continue;
    // "demanded how he could be so sure": a question put, not an order.
    if (DEMANDED.has(lower) && QUESTION_AFTER_DEMAND.test(after)) continue;
    // "When asked to comment, ...", "if ordered to leave": a reduced clause with no one ordering.
    if (REDUCED_CLAUSE.has(prev) && (lower.endsWith('ed') || IRREGULAR_PAST.has(lower))) continue;
    const frame = cue ? frameAfter(cue, after) : particleFrame(lower, after);
    if (!frame) continue;
    // "is appealing for" is as often the adjective ("appealing for voters"): it orders only from an authority.
    const lemma = cue?.lemma ?? (lower === 'appealing' ? 'appeal' : 'call');
    return { at: start, lemma, frame, rule: cue?.rule ?? false };
  }
  return null;
}
