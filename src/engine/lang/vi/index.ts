import type { LanguagePack } from '../language-pack';
import { VI_TWO_SYLLABLE_NOUNS } from './counted-nouns';
import { findViDirectives } from './find-directives';
import { findViOfficials } from './find-officials';
import { VI_HONORIFICS } from './titles';

/**
 * Vietnamese: decimal comma and day-first dates; officials by title phrase and surname-checked
 * names; later mentions by the given name (or the last two words) after an honorific ("bà Mai").
 */
export const vi: LanguagePack = {
  code: 'vi',
  numbers: {
    decimal: ',',
    dayFirst: true,
    bareMonthYear: true,
    monthLetterT: true,
    monthNamesBefore: false,
    wordDates: true,
    twoWordNouns: VI_TWO_SYLLABLE_NOUNS,
    pluralHeads: false,
  },
  honorifics: VI_HONORIFICS,
  findTitledOfficials: findViOfficials,
  shortNameKeys(name) {
    const n = name.length;
    if (n < 2) return [];
    const keys = [{ words: name.slice(n - 1), needsHonorific: true }];
    if (n > 2) keys.push({ words: name.slice(n - 2), needsHonorific: true });
    return keys;
  },
  findDirectives: ({ text, officials, entities, sentences }) =>
    findViDirectives(text, sentences(), officials, entities),
};
