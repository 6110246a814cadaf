/**
 * What the engine needs to know about one language. Each language Newsmark reads is a folder
 * under src/engine/lang/ whose index.ts exports one LanguagePack; packs.ts lists them. The
 * shared machinery (tokenizer, sentence splitter, entity grouping, figure reader) asks the pack,
 * never the language code, so a language without a pack gets no officials or directives rather
 * than another language's rules misapplied.
 */
import type { OfficialEntity } from '../analyze/officials/entities';
import type { Mention } from '../analyze/officials/mention';
import type { Sentence } from '../text/sentences';
import type { Word } from '../text/words';
import type { OfficialAnnotation, TextBlock } from '../types';

/** How the language writes numbers and numeric dates. */
export interface NumberConvention {
  /** The decimal mark; the other of '.' and ',' groups thousands ("4.284,5" vi, "4,284.5" en). */
  decimal: ',' | '.';
  /** "4/1" is 4 January (day first) or April 1 (month first, US English). */
  dayFirst: boolean;
  /** "3/2026" alone is a month and a year (Vietnamese writes it so), not only after a month word. */
  bareMonthYear: boolean;
  /** "T9/2026" is month 9 of 2026 (Vietnamese shorthand for "tháng 9/2026"). */
  monthLetterT: boolean;
  /** English month names before a day ("Jan. 4", "March 31"). */
  monthNamesBefore: boolean;
  /** Dates completed by words ("quý 1 năm 2024", "1/3 năm nay", "ngày 4 tháng 1"): Vietnamese. */
  wordDates: boolean;
  /** Counted nouns of two words, kept whole after a number ("1.169 giáo viên"). */
  twoWordNouns: ReadonlySet<string>;
  /**
   * More than one of a noun is its plural: a count whose next word is no plural takes the plural
   * after it as its head ("40,000 active contributors", "15 student newsrooms"), the word before
   * being a modifier. English; Vietnamese nouns do not inflect.
   */
  pluralHeads: boolean;
}

/** A directive sentence found by a pack, with its issuer as written (or null). */
export interface FoundDirective {
  start: number;
  end: number;
  issuer: string | null;
}

/** A key that finds a later short mention of a person ("bà Mai", "Blinken"). */
export interface ShortNameKey {
  words: string[];
  /** Only after an honorific ("bà Mai"), never alone. */
  needsHonorific: boolean;
  /** Words after which the key is a common word, not the person ("the Bill" for Bill Shorten). */
  notAfter?: ReadonlySet<string>;
}

export interface DirectiveInput {
  text: string;
  blocks: TextBlock[];
  officials: OfficialAnnotation[];
  entities: OfficialEntity[];
  words: Word[];
  /** Splits the blocks the pack wants read into sentences (all blocks when none is given). */
  sentences: (wanted?: (block: TextBlock) => boolean) => Sentence[];
}

export interface LanguagePack {
  /** BCP 47 primary language subtag: "vi", "en". */
  readonly code: string;
  readonly numbers: NumberConvention;
  /** Words before a name that are courtesy, not office ("ông", "Mr."): part of a mention, never a title. */
  readonly honorifics: ReadonlySet<string>;
  /** Officials where the article titles them: the name with the titles attached there. */
  findTitledOfficials(text: string, words: Word[]): Mention[];
  /** Fills in, in place, a one-word titled name from a full name given elsewhere (optional). */
  completeShortNames?(text: string, words: Word[], entities: OfficialEntity[]): void;
  /** The short forms of a person's name (lower-case words) that later mentions may use. */
  shortNameKeys(name: string[], others: ReadonlyArray<{ words: string[] }>): ShortNameKey[];
  /** Directive sentences and their issuers. */
  findDirectives(input: DirectiveInput): FoundDirective[];
}
