import { byFirstLetter } from '../../text/alternation';
import { EN_AUTHORED } from './directive-cues';
import { EN_TITLE_HEADS } from './titles';

/** The patterns subject.ts reads a subject's head with (kept apart for that file's size). */

// Abbreviations, "general" and "official" name an office only before a name ("Gen. Smith"), never alone.
const ABBREVIATED = new Set([
  'sen',
  'rep',
  'gov',
  'gen',
  'adm',
  'col',
  'lt. gov',
  'general',
  'pm',
  'mp',
  'official',
]);
export const TITLE = new RegExp(
  `^(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,2}?(${byFirstLetter(
    EN_TITLE_HEADS.filter((h) => !ABBREVIATED.has(h))
      .sort((a, b) => b.length - a.length)
      .map((h) => h.replace(/\./gu, '\\.')),
  )})\\b`,
  'iu',
);
/**
 * A group of office holders that a modifier names, heading the subject ("Health officials", "city
 * officials", "U.S. officials"): it orders as a body, and its issuer is the group as written. Bare
 * or counted ("the officials", "two officials") it names no one: the context gives the authority.
 */
export const GROUP_NOUNS =
  'officials|authorities|lawmakers|legislators|regulators|prosecutors|ministers|investigators|inspectors';
export const OFFICE_GROUP = new RegExp(
  String.raw`^(?:the\s+)?((?:(?!(?:the|a|an|some|many|several|other|these|those|both|all|most|few|one|two|three|four|five|\d+|of|by|for|to|with|from|and|or|in|on|at|said|says|told)\s)[\p{L}.’'-]+\s+){1,3}?(?:${GROUP_NOUNS}))\b`,
  'iu',
);
export const PROPER_NP =
  /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}.’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.’'-]*|(?:of|for|the|and)(?![\p{L}])))*)/u;
export const POSSESSOR = /['’]s?$/u;
/** The first word of a proper noun when nothing or another capitalised word follows ("Making", "Onetime Federal ..."). */
export const LEAD_WORD = /^(?!The\s)([^\s]+)(?:\s+(?=\p{Lu})|$)/u;
export const MODIFIERS =
  /(?<![\p{L}'’-])(?!(?:the|a|an|its|his|her|their|of|and|in|on|later)\s)([\p{L}-]+(?:\s(?!(?:the|a|an|of|and)\s)[\p{L}-]+)?)\s$/iu;
/** Up to two words join two body words in one name, none a function word ("the EU's top court"). */
export const BODY_JOIN =
  /^(?:['’]s?)?(?:\s+(?!(?:the|a|an|of|and|or|to|in|on|at|for|by|with|said|says|has|had|was|is|will|would)\s)[\p{L}-]+){0,2}\s+$/iu;
export const SPOKES = /^spokes(?:man|woman|person)$/iu;
/** A spokesperson resolved to a named holder, not a bare title. */
export const NAMED_SPOKES = /^(?!(?:the|a|an)\s)(?!.*\bspokes(?:man|woman|person)\b)/iu;
export const SPEAKS_FOR = /^\s+(?:for|of|at)\s+(?:the\s+)?$/u;
export const NAMED_AFTER = /^,\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*),/u;
// A body's name may join its words with "of", "for", "and" ("the Office of Rail Regulation").
export const NAMED_BODY =
  /^,\s+the\s+(\p{Lu}[\p{L}.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.-]*){0,5}),/u;
// "Maria Kessling, head of the agency, ordered": an office of someone named before the comma.
// "A group of physicians, alarmed that the administration ..., is urging": a participle set off by
// commas describes the subject and holds no subject of its own; "The order, signed by X," names
// the order's author (see ruleAuthor).
export const APPOSITIVE = new RegExp(
  String.raw`,\s+(?:(?:who|whose|which|a|an|the|its|his|her|their)\s|(?:head|chief|director|chair(?:man|woman)?|president|leader|secretary|minister|governor|commissioner|spokes(?:man|woman|person))\s+(?:of|at|for)\s|(?!(?:${EN_AUTHORED})\s)\p{Ll}{3,}(?:ed|ing)\s[^,]*,)`,
  'u',
);
export const LABEL = /^(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2}):\s+/u;
// Words that open a sentence but no name: alone ("The", "It"), or before a common noun ("Both men",
// "the Monday alert", "Monday's ruling": a day or a month qualifies, it names no issuer).
export const FUNCTION_WORD =
  /^(?:(?:The|A|An|This|That|These|Those|There|It|In|On|At|If|As)$|(?:All|Some|Many|One|Both|Each|Every|Most|Few|Any|Several|Other|Such|Only|My|Your|Our|Their|His|Her|Its|To|For|Whoever|Whatever|People|When|While|Whether|What|Where|Why|How|Despite|Although|Though|Because|Unless|Until|Since|After|Before|During|Due|Of|Yes|No|Not|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)(?:['’]s)?(?:\s|$))/u;
/**
 * "The prosecutors asked ...", "The justices ordered ...": a class of authority written bare as the
 * whole subject names the body as written. Bare "officials" and "authorities" are left to the
 * context (see OFFICE_GROUP).
 */
/** Plural nouns that name a class of authority by themselves, whatever the context adds to them. */
export const EN_AUTHORITY_CLASSES =
  'prosecutors|regulators|censors|inspectors|lawmakers|legislators|investigators';
export const BARE_CLASS = new RegExp(
  String.raw`^(?:the\s+)?(${EN_AUTHORITY_CLASSES}|justices|judges|magistrates)(?:\s+(?:have|had|has|also|then|later|again|on\s+\p{Lu}\p{Ll}+day))*\s*$`,
  'iu',
);

/** A full stop, question or exclamation mark that ends a sentence before the next one's capital. */
export const SENTENCE_END = /[.!?]["”’']?\s+(?=["“‘]?\p{Lu})/gu;
