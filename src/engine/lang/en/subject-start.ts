/**
 * Where the subject of an English clause starts: past what a sentence may open with before it
 * (a dateline, a sentence adverb, a time or an introductory phrase, a participle clause, a
 * connective, a closed quote). Used by subject.ts.
 */

const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\s.'’-]{2,30},\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]{1,30}\)\s*)?[-–—:]\s*|[\p{Lu}][\p{Lu}\s.,'’-]{2,40}(?:\s*\([^)]{1,30}\))?\s*[-–—:]\s*|\([^)]{1,30}\)\s*[-–—]\s*|\p{Lu}{3,}(?:\s\p{Lu}{3,})*\s(?=\p{Lu}\p{Ll}))/u;
const INTRO =
  /^(?:(?:In|When|After|Before|During|On|At|As|While|Since|Under|Earlier|Later|Meanwhile|However|But|And|Also|Last|This|Shortly|Separately|Instead|Yet|Still|Then|Now|Today|Yesterday|Previously|Despite|Following|With|For|From|To|Amid|Amidst|Among|Across|Ahead|Against|Throughout|Within|Without|Upon|Unlike|Like|Through|By|Over|Around|Inside|Outside|Near|Per|Via|Towards?|Behind|Below|Above|Regarding|Concerning|Including|According|Because|Due|Given|Beyond|Along|Until|Once|Although|Though|Whereas|Having|Moreover|Furthermore|Besides|Nowadays|Indeed|Thus|Therefore|Finally|Overall|Perhaps|Maybe)\b[^,"“”]{0,60},\s*|(?:But|And|Meanwhile|However|Earlier|Later|Also|Yet|So|Then|Now|Separately|Moreover|Furthermore|Besides|Perhaps|Maybe)\s+)/u;
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/**
 * "In 1998 the president ordered ...", "On Monday the governor ...", "Last week the ministry ...":
 * a time written before the subject with no comma after it. Only dates and times are read so: a
 * phrase of another kind has no clear end without its comma ("After the attack the president").
 */
const TIME_INTRO = new RegExp(
  String.raw`^(?:(?:In|On|By|Since|During|Until)\s+(?:(?:early|late|mid)[- ]?)?(?:(?:${MONTHS})(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:${WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|\d{4})|(?:[Ll]ast|[Tt]his|[Nn]ext|Earlier this|Later this|Earlier last|Late last|Early this)\s+(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|${WEEKDAYS}))\s+(?=[Tt]he\s|\p{Lu})`,
  'u',
);
// "Surprisingly, the state government ...": a sentence adverb set off by a comma.
const ADVERB = /^(?:\p{Lu}\p{Ll}+ly|Altogether|Elsewhere|Otherwise|Again|Likewise)\s*,\s*/u;
// "Citing the report, X asked ...", "Speaking on Monday, X told ...": a participle clause before the subject.
// "Typically used only for storms, the alert asked ...": an adverb may lead the participle.
const PARTICIPLE = /^(?:\p{Lu}\p{Ll}+ly\s+\p{Ll}+|\p{Lu}\p{Ll}+)(?:ing|ed)\b[^,"“”]{0,80},\s*/u;
// "This week, therefore, X ...": a connective set off by commas after an introduction.
const CONNECTIVE = /^(?:therefore|however|meanwhile|though|too|also|instead|in turn|in addition),\s*/u;
// "Kessling, 54, ordered", "Ahmed, the minister, said": a one-word "participle" before an age or
// an apposition is a name ending in -ing or -ed, the subject itself.
const APPOSED_AFTER = /^(?:\d{1,3},|(?:who|whose)\s|(?:the|a|an|his|her|its)\s[^,]{1,60},)/u;
const nameBeforeApposition = (participle: string, rest: string): boolean =>
  /^\S+,\s*$/u.test(participle) && APPOSED_AFTER.test(rest);
const QUOTE_CLOSE = /^.*[,.!?]\s*["”’']\s*/su;

/** Offset where the subject starts: after a dateline, a sentence adverb, an introductory phrase, and a closed quote. */
export function subjectStart(region: string): number {
  let at = 0;
  for (const re of [DATELINE, ADVERB, TIME_INTRO, INTRO, TIME_INTRO, PARTICIPLE, INTRO, CONNECTIVE]) {
    const m = re.exec(region.slice(at));
    if (m && !(re === PARTICIPLE && nameBeforeApposition(m[0], region.slice(at + m[0].length))))
      at += m[0].length;
  }
  if (!/^["“‘']/u.test(region.slice(at))) return at;
  const quote = QUOTE_CLOSE.exec(region.slice(at));
  // A quote that does not close before the verb holds the subject: '"China urges ...'.
  return quote ? at + quote[0].length : at + 1;
}
