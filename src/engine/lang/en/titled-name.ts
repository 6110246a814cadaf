import { EN_TITLE_HEADS } from './titles';

/**
 * "Regulatory czar Tomas Brenner ordered ...", "Retired IAS officer Suresh Kanwal urged ...": a
 * capitalised word or two, then lower-case title words the officials analyzer does not know, then
 * the holder's name right before the verb. The subject's head is the name; the capitalised words
 * opening the sentence qualify the title. Read on our own sentences: the issuer was "Regulatory".
 */
const NAME_AFTER_TITLE =
  /^\s+(?:(?!(?:of|in|at|for|from|with|on|and|or|the|a|an|to|by|who|whose|which|that|said|says|told|has|had|have|is|was|were|are|will|would|also|then|later|near|outside|inside|across|after|before)\s)\p{Ll}[\p{L}-]*\s+){1,3}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:(?:has|had|have|also|then|later|again)\s+)*$/u;

/** The name after lower-case title words that ends the subject (`rest` follows its opening proper noun), or null. */
export function nameAfterTitle(rest: string): string | null {
  return (NAME_AFTER_TITLE.exec(rest) ?? NAME_AFTER_BRACKET.exec(rest))?.[1] ?? null;
}

// "DCP (South) Atul Thakar asked", "ADG (Law and Order) X directed": a title's portfolio in brackets.
const NAME_AFTER_BRACKET =
  /^\s+\([^()]{1,30}\)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:(?:has|had|have|also|then|later|again)\s+)*$/u;

/**
 * "Queensland's chief health officer, Dr Hannah Reeve, ordered ...": a title whose holder the
 * apposition names, when the officials analyzer did not find the holder. Two name words at least
 * ("The minister, Kowalski," is left to the title's holders), an honorific dropped.
 */
// A portfolio may follow the title before the comma ("cabinet member for housing, Cllr X,").
const APPOSED_NAME =
  /^(?:\s+(?:for|of)\s+[^,()]{1,40})?,\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s/u;

// Single-word title heads: "Permanent Secretary Joan Carr" in an apposition names Joan Carr.
const TITLE_WORDS = new Set(EN_TITLE_HEADS.filter((h) => !h.includes(' ')));

/** The name in an apposition right after a title (`rest` follows the title), or null. */
export function appositionName(rest: string): string | null {
  const name = APPOSED_NAME.exec(rest)?.[1];
  if (!name) return null;
  const words = name.split(/\s+/u);
  let from = 0;
  for (let k = 0; k < words.length - 2; k++) if (TITLE_WORDS.has(words[k]!.toLowerCase())) from = k + 1;
  return words.slice(from).join(' ');
}

/**
 * "Justice A.K. Sikri ordered ...": a title right before a name of two words or more that ends the
 * subject, when the officials analyzer did not find the holder (initials often defeat it).
 */
// A portfolio in brackets may follow the title: "Additional Chief Secretary (Home) Rakesh Jain".
const NAME_ENDS_SUBJECT =
  /^(?:(?:\s+\p{Lu}\p{L}+){0,2}?\s+\([^()]{1,30}\))?\s+(\p{Lu}[\p{L}'’-]*\.?(?:\s*\p{Lu}[\p{L}'’-]*\.?){0,2}\s*\p{Lu}[\p{L}'’-]+)\s+(?:(?:has|had|have|also|then|later|again)\s+)*$/u;

/** The name that follows a title and ends the subject (`rest` follows the title), or null. */
export function nameEndingSubject(rest: string): string | null {
  return NAME_ENDS_SUBJECT.exec(rest)?.[1] ?? null;
}

/**
 * "The head of the UN refugee agency, Livio Marchetti, urged ...", "The European Union's foreign
 * policy chief, Anders Kvist, called on ...": an office word before the first comma, then the
 * holder's name set off by commas. The holder gives the order, not the body the office belongs to.
 */
// ASCII words, case-insensitive without the `u` flag for speed (see EN_NON_AUTHORITY in directive-cues).
const OFFICE_WORD =
  /\b(?:head|chief|chair(?:man|woman|person)?|director(?:-general)?|leader|president|secretary(?:-general)?|envoy|boss|commissioner|governor|minister|ambassador|official|deputy|spokes(?:man|woman|person))\b/gi;

/** The holder named in commas after an office phrase that opens `region`, or null. */
export function apposedHolder(region: string): string | null {
  // The office word stands within 60 characters of the start and 40 of the first comma.
  const comma = region.indexOf(',');
  if (comma < 0 || comma > 140) return null;
  const lead = region.slice(0, comma);
  OFFICE_WORD.lastIndex = 0;
  for (let m = OFFICE_WORD.exec(lead); m && m.index <= 60; m = OFFICE_WORD.exec(lead))
    if (comma - m.index - m[0].length <= 40) return appositionName(region.slice(comma));
  return null;
}
