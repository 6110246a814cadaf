import { wordsBefore } from './directive-words';

/**
 * Adverbs that stand between a modal's subject or auxiliary and the modal: "you'll still have to",
 * "something will clearly have to change", "the plan would then have to be approved". Read on
 * unlabelled pages: the adverb stood in the place of the subject, so "you"/"something" were not
 * refused as addressees and "would" was not read as a hypothesis. A closed list: words in -ly
 * name people and places too ("the family", "Italy").
 */
const ADVERB = new Set(
  (
    'still also just even then now clearly probably certainly definitely surely likely eventually ' +
    'ultimately finally simply really actually soon already again therefore thus first generally ' +
    'usually typically normally effectively immediately further likewise similarly'
  ).split(' '),
);

/** Auxiliaries of the future or a hypothesis that an adverb may part from the modal ("will clearly have to"). */
const AUXILIARY = new Set(['will', 'would', 'shall']);

/**
 * The two words before a modal at `at`, nearest first, with adverbs skipped; the auxiliary parted
 * from the modal by an adverb stands first, its subject second.
 */
export function modalWordsBefore(s: string, at: number): [string, string, string] {
  const words = wordsBefore(s, at, 6);
  let k = 0;
  while (k < words.length - 1 && ADVERB.has(words[k]!)) k++;
  const skipped = k > 0;
  const before = words[k] ?? '';
  const before2 = words[k + 1] ?? '';
  // "will clearly have to": the subject is the word before the auxiliary ("something").
  const subject = skipped && AUXILIARY.has(before) ? before2 : before;
  return [before, before2, subject];
}
