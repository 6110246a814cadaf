import type { Mention } from '../../analyze/officials/mention';
import { EN_PLURAL_HEAD } from '../../text/word-flags';
import { breaksBefore, DOTTED, type Word } from '../../text/words';
import { findUntitledNames } from './appositions';
import { findPartyMembers } from './party-members';
import {
  enNameAt,
  headAt,
  nameAfterHead,
  PREPOSITIONS,
  placeEnd,
  portfolioEnd,
  possessiveS,
  postNameTitle,
  qualified,
  titleStart,
  titleText,
} from './title-grammar';
import { EN_HONORIFICS, EN_NAME_PREFIXES, EN_OWNED_HEADS as OWNED_HEADS } from './titles';

// "Acme Corp." / "Acme Inc": a legal-form suffix marks the word before it as a company's name.
const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'gmbh']);

/** Last words of the company names the article writes with a legal-form suffix. */
function companyNames(words: Word[], lower: string[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < words.length; k++)
    if (words[k]!.cap && COMPANY_SUFFIXES.has(lower[k]!) && words[k - 1]!.cap && !words[k]!.brk)
      out.add(lower[k - 1]!);
  return out;
}

/** A title qualified by a company ("Acme president", "Acme Inc. spokesman") names no public office. */
function companyTitle(lower: string[], start: number, head: number, companies: Set<string>): boolean {
  // The suffix's full stop ends the title walk ("Acme Inc. spokesman"): look one word before it too.
  for (let k = Math.max(0, start - 1); k < head; k++)
    if (companies.has(lower[k]!) || COMPANY_SUFFIXES.has(lower[k]!)) return true;
  return false;
}

/** Officials named in English text: "Title Name", "Name, the title", "the title, Name". */
export function findEnOfficials(text: string, words: Word[], lower: string[]): Mention[] {
  const out: Mention[] = [];
  const slice = (a: number, b: number) => text.slice(words[a]!.start, words[b]!.end);
  const taken = new Uint8Array(words.length + 1);
  // End of the last titled name: "President Ann Lee's spokesman Bo Tan" highlights Bo Tan's title
  // from after Ann Lee's name, while the title text keeps its owner.
  let lastEnd = -1;
  const officials = new Set<string>();
  const companies = companyNames(words, lower);
  for (let i = 0; i < words.length; i++) {
    const len = headAt(words, lower, i);
    if (len) {
      let portfolio = portfolioEnd(words, lower, i + len);
      if (portfolio < 0) portfolio = placeEnd(words, lower, i + len);
      const headEnd = portfolio > 0 ? portfolio : i + len - 1;
      let n = headEnd + 1;
      const start = titleStart(words, lower, i);
      const apposition = /^\s*,\s*$/u.test(words[n]?.gap ?? '');
      // "State Health Commissioner Dr. Kristina Box": an honorific between title and name is skipped.
      const honorific = n + 1 < words.length && EN_HONORIFICS.has(lower[n]!) && !breaksBefore(words, n + 1);
      if (honorific && !breaksBefore(words, n)) n++;
      const afterPreposition = apposition && start === i && PREPOSITIONS.has(lower[start - 1] ?? '');
      // "Trump's predecessor, Barack Obama": an office held by someone the article already titled.
      const owned =
        (!OWNED_HEADS.has(lower[i]!) || (possessiveS(words, i - 1) && officials.has(lower[i - 2]!))) &&
        !companyTitle(lower, start, i, companies);
      if (n < words.length && (!breaksBefore(words, n) || apposition) && !afterPreposition && owned) {
        const e = nameAfterHead(words, lower, i, n);
        if (
          e >= 0 &&
          qualified(words, lower, i, start, len) &&
          (!apposition || e > n || EN_NAME_PREFIXES.has(lower[n]!))
        ) {
          let from = apposition ? n : Math.max(start, lastEnd + 1);
          if (possessiveS(words, from)) from++;
          out.push({
            start: words[from]!.start,
            end: words[e]!.end,
            name: slice(n, e),
            titles: [titleText(text, words, start, headEnd), ...postNameTitle(text, words, e)],
          });
          taken.fill(1, n, e + 1);
          officials.add(lower[e]!);
          i = e;
          lastEnd = e;
          continue;
        }
      }
    }
    if ((words[i]!.lex & EN_PLURAL_HEAD) !== 0) {
      let n = i + 1;
      // "Sens. Ann Lee and Tom Hart": an abbreviated plural keeps its full stop.
      const dotted = DOTTED.has(lower[i]!) && words[n]?.gap === '. ';
      while (
        n < words.length &&
        (words[n]!.gap === ' ' || /^\s*,\s*$/u.test(words[n]!.gap) || (dotted && n === i + 1))
      ) {
        const e = enNameAt(words, lower, n);
        if (e <= n) break;
        out.push({
          start: words[n]!.start,
          end: words[e]!.end,
          name: slice(n, e),
          titles: [slice(i, i)],
        });
        n = e + 1;
        if (lower[n] === 'and') n++;
      }
    }
  }
  out.push(...findPartyMembers(text, words, lower, taken));
  out.push(...findUntitledNames(text, words, lower, taken));
  return out;
}
