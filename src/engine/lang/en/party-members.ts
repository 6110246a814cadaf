import type { Mention } from '../../analyze/officials/mention';
import { EN_LEGISLATOR } from '../../text/word-flags';
import type { Word } from '../../text/words';
import { enNameAt, titleHeadAt } from './title-grammar';

/** Party labels written before a member's name ("Tories Ken Clarke", "Labour's Robin Cook"). */
const PARTY_LABELS = new Set(['tory', 'tories', 'labour', 'conservative', 'conservatives', 'snp', 'plaid']);
const TWO_WORD_PARTIES = new Set(['liberal democrat', 'liberal democrats', 'lib dem', 'lib dems']);

/** Word count of a party label at i (with its possessive "'s"), or 0. */
function partyAt(words: Word[], i: number): number {
  if (!words[i]?.cap) return 0;
  if (TWO_WORD_PARTIES.has(`${words[i]?.lower} ${words[i + 1]?.lower}`) && words[i + 1]!.gap === ' ')
    return 2;
  return PARTY_LABELS.has(words[i]!.lower) ? 1 : 0;
}

/**
 * In an article about legislators (it speaks of MPs, peers, an all-party group), names written
 * under a party label are members of the legislature: "including Tories Ken Clarke and Sir George
 * Young, Labour's Robin Cook and Tony Wright". A party label alone, elsewhere, names no office.
 */
export function findPartyMembers(text: string, words: Word[], taken: Uint8Array): Mention[] {
  if (!words.some((w) => (w.lex & EN_LEGISLATOR) !== 0)) return [];
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const len = partyAt(words, i);
    if (!len) continue;
    let n = i + len;
    // "Labour's Robin Cook": the possessive's "s" is its own word after an apostrophe.
    if (words[n]?.lower === 's' && /^['’]$/u.test(words[n]!.gap)) n++;
    // "Conservative MP Boris Johnson" is read by the title pass; here only a name right after the label.
    while (n < words.length && !words[n]!.brk && taken[n] !== 1 && !titleHeadAt(words, n)) {
      const e = enNameAt(words, n);
      if (e <= n || taken.subarray(n, e + 1).includes(1)) break;
      out.push({
        start: words[n]!.start,
        end: words[e]!.end,
        name: text.slice(words[n]!.start, words[e]!.end),
        titles: [],
      });
      taken.fill(1, n, e + 1);
      // The list goes on with "and Name" under the same label, until another label starts one.
      if (words[e + 1]?.lower !== 'and' || partyAt(words, e + 2)) break;
      n = e + 2;
    }
  }
  return out;
}
