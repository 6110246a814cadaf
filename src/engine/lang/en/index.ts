import type { LanguagePack, ShortNameKey } from '../language-pack';
import { completeShortNames } from './complete-names';
import { enTriggerOffsets, findEnDirectives } from './find-directives';
import { findEnOfficials } from './find-officials';
import { EN_HONORIFICS } from './titles';

/**
 * A given name after these is a common noun ("the Bill", "a new Bill", "his Will"), not the person.
 * Not "a": a family name written first is an attribute after it as often ("a Tsai win").
 */
const DETERMINERS: ReadonlySet<string> = new Set('the its his her their our my your new draft'.split(' '));

/**
 * English: decimal point and month-first numeric dates (US usage, the commoner in our sources);
 * officials by a compositional title grammar and appositions; later mentions by the surname,
 * or by the family name written first ("Yoon Suk Yeol" -> "Yoon") when no one else shares it.
 */
export const en: LanguagePack = {
  code: 'en',
  numbers: {
    decimal: '.',
    dayFirst: false,
    bareMonthYear: false,
    monthLetterT: false,
    monthNamesBefore: true,
    wordDates: false,
    twoWordNouns: new Set(),
    pluralHeads: true,
  },
  honorifics: EN_HONORIFICS,
  findTitledOfficials: findEnOfficials,
  completeShortNames,
  shortNameKeys(name, others) {
    if (name.length < 2) return [];
    const keys: ShortNameKey[] = [];
    // A territorial designation is no surname: "Lord Callaghan of Cardiff" is "Callaghan".
    const ofAt = name.indexOf('of');
    const core = ofAt > 0 ? name.slice(0, ofAt) : name;
    const last = core.slice(-1);
    if (core.length >= 2 && !/^(jr|sr)$/u.test(last[0]!)) keys.push({ words: last, needsHonorific: false });
    const first = name[0]!;
    const shared = others.some((o) => o.words !== name && o.words[0] === first);
    if (!shared && !/^(lord|sir|lady|dame)$/u.test(first))
      keys.push({ words: [first], needsHonorific: false, notAfter: DETERMINERS });
    if (first === 'lord' || first === 'sir') keys.push({ words: name.slice(0, 2), needsHonorific: false });
    return keys;
  },
  findDirectives({ text, words, officials, sentences }) {
    // English cues all start with a trigger word: only blocks holding one are split and read.
    const triggers = enTriggerOffsets(words);
    if (triggers.length === 0) return [];
    let t = 0;
    const wanted = (block: { start: number; end: number }) => {
      while (t < triggers.length && triggers[t]! < block.start) t++;
      return t < triggers.length && triggers[t]! < block.end;
    };
    return findEnDirectives(text, sentences(wanted), officials, triggers, words);
  },
};
