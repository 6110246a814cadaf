/**
 * English directive lexicons (from the directive-cues reference: Searle's directives, VerbNet
 * order-60, Levin's urge verbs, legal deontic modals). A cue verb names its complement frame; the
 * frame analysis in directives/en-cues.ts checks it.
 */

/**
 * How an ordering verb takes its addressee and content: "to" = object + to-infinitive ("urged X to"),
 * "that" = that-clause, "for" = for + noun ("called for calm"), "from" = object + from
 * ("banned X from"), "with" = object + with ("tasked X with"), "np" = a plain object, which is
 * an order only when an authority gives it ("the ministry ordered a review"), "deadline" = object +
 * a time limit + to-infinitive ("gave the firm until March to comply", "gave councils 30 days to").
 */
export type EnFrame = 'to' | 'that' | 'for' | 'from' | 'with' | 'np' | 'deadline';

export interface EnCueVerb {
  lemma: string;
  frames: readonly EnFrame[];
  /** "would require", "will prohibit": the register of rules and bills, not a prediction. */
  rule?: boolean;
}

const verb = (lemma: string, frames: EnFrame[], rule = false): EnCueVerb => ({ lemma, frames, rule });

const ORDER = verb('order', ['to', 'that', 'np']);
const DIRECT = verb('direct', ['to', 'that']);
const INSTRUCT = verb('instruct', ['to', 'that', 'np']);
const URGE = verb('urge', ['to', 'that', 'np']);
const DEMAND = verb('demand', ['to', 'that', 'np']);
const REQUIRE = verb('require', ['to', 'that', 'np'], true);
const REQUEST = verb('request', ['to', 'that', 'np']);
const ASK = verb('ask', ['to', 'that', 'for']);
const TELL = verb('tell', ['to']);
const WARN = verb('warn', ['to']);
const PRESS = verb('press', ['to', 'for']);
const COMMAND = verb('command', ['to', 'that']);
const MANDATE = verb('mandate', ['to', 'that', 'np'], true);
const TASK = verb('task', ['to', 'with']);
const BAN = verb('ban', ['from', 'np'], true);
const ENJOIN = verb('enjoin', ['to', 'that', 'np']);
const PLEAD = verb('implore', ['to']);
const ADVISE = verb('advise', ['to']);
// Levin's beg verbs and verbs of pressure: a plea or push that the addressee act ("begged X to").
const BEG = verb('beg', ['to']);
const PRESSURE = verb('pressure', ['to']);
const DECREE = verb('decree', ['that', 'np'], true);
/** Verbs of compelling (not "forces", a noun as often; not "forcing", a consequence): an order only from an authority or a rule. */
const COMPEL = verb('force', ['to'], true);
/** A recommendation is an order only from an authority (the guidelines leave an expert's optional). */
const RECOMMEND = verb('recommend', ['that', 'to']);
/** "gave X until Friday to leave": a time limit set on an addressee, an order only from an authority. */
const GIVE = verb('give', ['deadline']);
/**
 * A court's ruling that stops an act or a rule ("a federal judge halted the ban", "the court
 * struck down the law"): it forbids enforcing it. An order only from a court (find-directives).
 */
const HALT = verb('halt', ['from', 'np']);
/** A summons to act and a court's restraint ("summoned him to appear", "restrained the firm from selling"). */
const SUMMON = verb('summon', ['to']);
const RESTRAIN = verb('restrain', ['from']);
/** "sought a reply from the Centre", "seeks an explanation from the institute": an authority demands an answer. */
const SEEK = verb('seek', ['np']);

/** Inflected forms of the ordering verbs. Base forms ("order") are cues only after "to", a modal or a pronoun. */
export const EN_CUE_VERBS: ReadonlyMap<string, EnCueVerb> = new Map<string, EnCueVerb>([
  ...forms(ORDER, 'order ordered orders ordering'),
  ...forms(DIRECT, 'directed directs directing'),
  ...forms(INSTRUCT, 'instruct instructed instructs instructing'),
  ...forms(URGE, 'urge urged urges urging'),
  ...forms(DEMAND, 'demand demanded demands demanding'),
  ...forms(REQUIRE, 'require required requires requiring'),
  ...forms(REQUEST, 'request requested requests requesting'),
  ...forms(ASK, 'ask asked asks asking'),
  ...forms(TELL, 'tell told tells telling'),
  ...forms(WARN, 'warn warned warns warning'),
  ...forms(PRESS, 'pressed presses pressing'),
  ...forms(COMMAND, 'command commanded commands commanding'),
  ...forms(MANDATE, 'mandate mandated mandates mandating'),
  ...forms(TASK, 'tasked tasks tasking'),
  ...forms(
    BAN,
    'ban banned bans banning bar barred bars barring prohibit prohibited prohibits prohibiting forbid forbade forbids forbidding outlaw outlawed outlaws',
  ),
  ...forms(ENJOIN, 'enjoin enjoined enjoins'),
  ...forms(PLEAD, 'implore implored implores exhort exhorted exhorts beseech besought'),
  ...forms(ADVISE, 'advised advises'),
  ...forms(BEG, 'begged begs begging entreat entreated entreats'),
  ...forms(PRESSURE, 'pressured pressures pressuring'),
  ...forms(DECREE, 'decreed decrees'),
  ...forms(COMPEL, 'forced compel compels compelled compelling oblige obliges obligate obligates'),
  ...forms(RECOMMEND, 'recommended recommends recommending'),
  ...forms(GIVE, 'gave given gives giving'),
  ...forms(
    HALT,
    'blocked blocks halted halts struck overturned overturns quashed quashes annulled annuls invalidated',
  ),
  ...forms(SUMMON, 'summoned summoning'),
  ...forms(RESTRAIN, 'restrained restrains restraining'),
  ...forms(SEEK, 'sought seeks seeking'),
]);

function forms(cue: EnCueVerb, list: string): Array<[string, EnCueVerb]> {
  return list.split(' ').map((w) => [w, cue]);
}

/** Base forms: a noun as often as a verb ("an order", "the ban"), so they need a verb context. */
export const EN_BASE_FORMS: ReadonlySet<string> = new Set(
  'order instruct urge demand require request ask tell warn command mandate ban bar prohibit forbid outlaw enjoin implore exhort beseech'.split(
    ' ',
  ),
);

/** Words after which a base form is a verb: "to order", "will require", "we urge". */
export const EN_VERB_CONTEXT: ReadonlySet<string> = new Set(
  "to will shall must would we i they you also did does do should not can can't can’t cannot may".split(' '),
);

/** Words after which a cue word is a noun or an adjective: "the order", "its demands", "banned goods". */
export const EN_NOUN_CONTEXT: ReadonlySet<string> = new Set(
  (
    'the a an its his her their our my your this these those any every no some such court executive new ' +
    'public growing amid of other used were are there repeated renewed latest following including without'
  ).split(' '),
);

/** Words that cannot stand inside the object of "told X to" ("warned that it was failing to"). */
export const EN_OBJECT_STOP: ReadonlySet<string> = new Set(
  'that which who whom whose was were is are had has have would will could order said says because if but so not'.split(
    ' ',
  ),
);

/**
 * Negations and hedges before a cue: "did not order", "could ask", "plans to urge". Without the
 * `u` flag for speed, as EN_NON_AUTHORITY; so are EN_PROHIBITION and EN_WOULD.
 */
export const EN_NEGATED =
  /\b(?:not|n[’']t|never|refused to|declined to|failed to|could|might|may|plans? to|wants? to|hopes? to|expected to|likely to|set to|going to|would like to)\s+(?:\S+\s+)?$/i;

/** A prohibition, not a negated report: "employers can't require", "schools may not ban". */
export const EN_PROHIBITION =
  /\b(?:can(?:no|['’])t|can not|may not|must not|mustn['’]t|shall not)\s+(?:\S+\s+)?$/i;

/** Verbs that make a noun an order: "issued the demand", "made a joint call for calm". */
export const EN_ISSUE_VERBS: ReadonlySet<string> = new Set(
  'issued issues issuing made makes renewed repeated reiterated sent signed signs signing gave gives giving'.split(
    ' ',
  ),
);

/** Plural nouns that are also cue verbs ("national mandates", "removal orders"). */
export const EN_PLURAL_NOUNS: ReadonlySet<string> = new Set(
  'orders demands requests bans mandates commands bars tasks calls'.split(' '),
);

/** "would" before a speech verb reports a hypothesis; before "require" it is the register of a bill. */
export const EN_WOULD = /\bwould\s+(?:\S+\s+)?$/i;

/**
 * Subjects that are not authorities: their calls are neither orders nor the issuer's.
 *
 * This list and the other word lists here tested on every subject or clause are ASCII words,
 * case-insensitive without the `u` flag, which the engine runs two to ten times as fast (in `iu`
 * mode it folds case by Unicode rules). The two differ only on 'ſ' (long s) and 'K' (the Kelvin
 * sign), which `iu` folds to s and k; no news text spells a word with them.
 */
export const EN_NON_AUTHORITY =
  /\b(?:protesters|crowds?|critics|activists|analysts|investors|residents|fans|voters|campaigners|demonstrators|economists|experts|opponents|supporters|traders|observers|commentators|columnists|advocates)\b/i;

/** The words that name a body in EN_BODY, in its order of preference. */
const BODY_HEADS = String.raw`Ministry|Department|Government|government|ministry|department|[Cc]ourt|[Aa]dministration|Pentagon|White House|Kremlin|Downing Street|Commission|commission|Council|council|[Cc]ommittee|[Pp]olice|decree|proclamation|[Aa]gency|[Mm]ilitary|[Aa]rmy|Senate|Congress|[Pp]arliament|[Cc]abinet|[Pp]residency|[Ee]xecutive|[Ww]atchdog|[Rr]egulator|[Aa]uthorit(?:y|ies)|[Tt]ribunal|[Bb]ench|(?<!(?:on|to|can|could|will|not|aboard) )[Bb]oard|Bureau|Office|Treasury|Security Council|[Ll]egislature|[Aa]ssembly|state|State|EU|European Union|UN|U\.N\.|United Nations|NATO|Federal Reserve|[Cc]entral [Bb]ank`;

/**
 * Participles that name a document's author after them ("signed by", "issued by", "a law passed
 * by ..."): read by the subject's rule reader, the opening "Under the order ... by X," and the
 * apposition test, which must not cut them off as a description.
 */
export const EN_AUTHORED =
  'issued|signed|passed|approved|adopted|made|set|drafted|published|written|sent|introduced|proposed|tabled|announced|released|imposed|enacted';

/** Bodies that can order ("the ministry", "the court", "Kenya's presidency", "the Security Council"). */
export const EN_BODY = new RegExp(
  String.raw`\b(?:(?:the )?(?:${BODY_HEADS})(?: (?:of|for)(?: (?:and |the |for )?[\p{Lu}][\p{L}]*)+)?)\b`,
  'u',
);

/**
 * A body word anywhere, with no word boundary: it is found in every text that EN_BODY matches
 * in, and cheaply rules out those it cannot match in.
 */
export const EN_BODY_WORD = new RegExp(BODY_HEADS, 'u');

/**
 * Documents and acts through which an authority speaks: "Mr Bell's speech called for", "the law
 * requires". Without the `u` flag for speed, as EN_NON_AUTHORITY.
 */
export const EN_RULE_NOUN =
  /\b(?:law|laws|act|bill|rules?|regulations?|decree|order|directive|policy|guidance|guidelines|resolution|ruling|legislation|measure|mandate|constitution|statute|code|notice|circular|memo|memorandum|letter|speech|statement|message|proclamation|instructions?)\b/i;

/** A sentence opened by the rule it states: "Under the new law, ...", "Under U.S. policy, ...". */
export const EN_RULE_OPENER =
  /^(?:Under|According to) (?:[^,]{0,60} )?(?:law|laws|rules?|regulations?|decree|order|directive|guidelines|act|bill|policy|plan|agreement|deal|constitution|resolution|ruling)\b/iu;

/**
 * Deontic obligations. Group 1 is the modal; group 2 a passive order ("are required to", "were
 * told to", "is banned from"), which states an order by itself; group 3 a prohibition ("cannot",
 * "may not"), an order only when a rule states it ("the regulations say staff cannot ..."). A
 * future ban is negated before its "be" ("will not be allowed to", "won't be permitted to").
 */
export const EN_OBLIGATION =
  /\b(?:(must(?:n[’']t| not)?|shall(?: not)?|(?:is|are) to(?= be \p{Ll}+(?:ed|en|t)\b)|should(?:n[’']t| not)?|(?:has|have|will have|had) to|needs? to|(?:has|have) (?:a|the) (?:responsibility|duty|obligation) to)|((?:is|are|was|were|will be|would be|be|been|being)(?: now| also| still| being)? (?:required|obliged|obligated|ordered|told|asked|instructed|directed|urged|advised|banned|barred|prohibited|forbidden|mandated)(?: by [^,.;:"“”]{2,50}?)?(?: not)? (?:to|from)|(?:is|are|will(?: still| also| now)? be|has been|have been)(?: now| also| still)? (?:banned|prohibited|forbidden|outlawed)\b|(?:is|are|was|were|being)(?: being)? asked for|(?:is|are|was|were|will be|would be|be|been)(?: now| also| still)? (?:not|no longer|never) (?:allowed|permitted) to|(?:isn|aren|wasn|weren)['’]t (?:allowed|permitted) to|(?:(?:will|would|shall) (?:not|no longer|never)|won['’]t|wouldn['’]t) be (?:allowed|permitted) to|(?:is|are|was|were|will be|becomes?|became)(?: now| also)? (?:mandatory|compulsory|obligatory)|(?:made|makes|make|making|will make) it (?:mandatory|compulsory|obligatory) for)|(cannot|can['’]t|can no longer|may not))[\s,.;]/u;

/** Reporting verbs that open or close the attribution of an obligation ("X said ... must", "..., X said"). */
export const EN_SAY =
  /\b(?:said|says|say|told|tells|announced|announces|will announce|insisted|insists|stressed|stresses|added|adds|adding|saying|warned|warns|wrote|writes|ruled|declared|declares|noted|stated|argued|reiterated|recommended|recommends)\b/u;

/**
 * Every word that can start an English cue or obligation above: a block without one of them
 * cannot hold a directive, so only blocks holding one are split and read.
 */
export const EN_TRIGGER_WORDS: ReadonlySet<string> = new Set([
  ...EN_CUE_VERBS.keys(),
  "can't",
  ...'notice notices mandatory compulsory obligatory cannot can’t may called calls call calling appealed appeals appealing appeal allowed permitted directive directives instruction instructions must mustn shall should shouldn has have had need needs obliged obligated forbidden is are'.split(
    ' ',
  ),
]);
