/**
 * The languages Newsmark reads. Adding one is adding a folder beside vi/ and en/ with an
 * index.ts that exports a LanguagePack, and listing it here (see the README).
 */
import { en } from './en';
import type { LanguagePack, NumberConvention } from './language-pack';
import { vi } from './vi';

const PACKS: ReadonlyMap<string, LanguagePack> = new Map([vi, en].map((p) => [p.code, p]));

/** The pack for a language tag ("vi", "en-GB"), or null when Newsmark has none for it. */
export function packFor(lang: string | null | undefined): LanguagePack | null {
  if (!lang) return null;
  return PACKS.get(lang.toLowerCase().split(/[-_]/u)[0]!) ?? null;
}

const plain = {
  dayFirst: true,
  bareMonthYear: false,
  monthLetterT: false,
  monthNamesBefore: false,
  wordDates: false,
  twoWordNouns: new Set<string>(),
  pluralHeads: false,
};
const comma: NumberConvention = { ...plain, decimal: ',' };
const point: NumberConvention = { ...plain, decimal: '.' };
/**
 * Number conventions of languages without a pack (CLDR's decimal symbols), so their figures are
 * still read the way they are written; a language in neither list gets no figures.
 */
const CONVENTIONS: ReadonlyMap<string, NumberConvention> = new Map([
  ...[
    'fr',
    'de',
    'es',
    'it',
    'pt',
    'nl',
    'pl',
    'cs',
    'sk',
    'ru',
    'uk',
    'tr',
    'id',
    'ro',
    'sv',
    'da',
    'nb',
    'fi',
  ].map((code) => [code, comma] as const),
  ...['zh', 'ja', 'ko', 'th', 'ms', 'he', 'hi'].map((code) => [code, point] as const),
]);

/** How a language writes numbers: its pack's convention, else the table above, else null. */
export function numberConvention(lang: string | null | undefined): NumberConvention | null {
  const pack = packFor(lang);
  if (pack) return pack.numbers;
  return lang ? (CONVENTIONS.get(lang.toLowerCase().split(/[-_]/u)[0]!) ?? null) : null;
}
