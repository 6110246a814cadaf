import type { Mention } from '../../analyze/officials/mention';
import { EN_PLURAL_HEAD } from '../../text/word-flags';
import { breaksBefore, commaBefore, DOTTED, isCommaGap, type Word } from '../../text/words';
import { findUntitledNames } from './appositions';
import { apposedToName, COMPANY_SUFFIXES, corporateTitle } from './official-apposed';
import { findPartyMembers } from './party-members';
import {
  destinationEnd,
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
import { EN_HONORIFICS, EN_NAME_PREFIXES, EN_RANKS, EN_OWNED_HEADS as OWNED_HEADS } from './titles';

/** Last words of the company names the article writes with a legal-form suffix. */
function companyNames(words: Word[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < words.length; k++)
    if (words[k]!.cap && words[k - 1]!.cap && !words[k]!.brk && COMPANY_SUFFIXES.has(words[k]!.lower))
      out.add(words[k - 1]!.lower);
  return out;
}

/** A title qualified by a company ("Acme president", "Acme Inc. spokesman") names no public office. */
function companyTitle(words: Word[], start: number, head: number, companies: Set<string>): boolean {
  // The suffix's full stop ends the title walk ("Acme Inc. spokesman"): look one word before it too.
  for (let k = Math.max(0, start - 1); k < head; k++)
    if (companies.has(words[k]!.lower) || COMPANY_SUFFIXES.has(words[k]!.lower)) return true;
  return false;
}

const OWNER_PRONOUNS = new Set(['his', 'her', 'their']);
const LIST_OPENER = /^\s*[-–—:]\s*$/u;

/**
 * Whether the title whose head is word `head` (its qualifiers from `start`) is owned by an official the article already titled:
 * "Trump's predecessor", or "his (two) predecessors" once the article has titled someone.
 */
function ownerBefore(words: Word[], head: number, start: number, officials: Set<string>): boolean {
  if (possessiveS(words, head - 1)) return officials.has(words[head - 2]!.lower);
  let k = start - 1;
  // "his two predecessors": a count between the owner and the head.
  if (k > 0 && /^(?:two|three|four|\d+)$/u.test(words[k]!.lower)) k--;
  return officials.size > 0 && OWNER_PRONOUNS.has(words[k]?.lower ?? '') && !breaksBefore(words, k + 1);
}

/** Officials named in English text: "Title Name", "Name, the title", "the title, Name". */
export function findEnOfficials(text: string, words: Word[]): Mention[] {
  const out: Mention[] = [];
  const slice = (a: number, b: number) => text.slice(words[a]!.start, words[b]!.end);
  const taken = new Uint8Array(words.length + 1);
  // End of the last titled name: "President Ann Lee's spokesman Bo Tan" highlights Bo Tan's title
  // from after Ann Lee's name, while the title text keeps its owner.
  let lastEnd = -1;
  const officials = new Set<string>();
  const companies = companyNames(words);
  for (let i = 0; i < words.length; i++) {
    const len = headAt(words, i);
    if (len) {
      let portfolio = portfolioEnd(words, i + len);
      if (portfolio < 0) portfolio = placeEnd(words, i + len);
      if (portfolio < 0) portfolio = destinationEnd(words, i + len);
      const headEnd = portfolio > 0 ? portfolio : i + len - 1;
      let n = headEnd + 1;
      const start = titleStart(words, i);
      const apposition = commaBefore(words, n);
      // "State Health Commissioner Dr. Kristina Box": an honorific between title and name is skipped.
      const honorific =
        n + 1 < words.length && EN_HONORIFICS.has(words[n]!.lower) && !breaksBefore(words, n + 1);
      if (honorific && !breaksBefore(words, n)) n++;
      // "Army Chief General Bipin Rawat", "Pentagon spokesman Capt. Jeff Davis": a military rank
      // between the title and the name is skipped as an honorific is ("Lt. Gen." is two).
      while (
        n + 1 < words.length &&
        EN_RANKS.has(words[n]!.lower) &&
        words[n]!.cap &&
        !breaksBefore(words, n) &&
        !breaksBefore(words, n + 1) &&
        words[n + 1]!.cap
      )
        n++;
      const afterPreposition = apposition && start === i && PREPOSITIONS.has(words[start - 1]?.lower ?? '');
      // "Trump's predecessor, Barack Obama", "his predecessor, Ann Lee": an office held by someone
      // the article already titled.
      const owned =
        (!OWNED_HEADS.has(words[i]!.lower) || ownerBefore(words, i, start, officials)) &&
        !companyTitle(words, start, i, companies);
      const ownName =
        !corporateTitle(words, i, i + len - 1) && !apposedToName(words, start, i, apposition, portfolio > 0);
      if (
        n < words.length &&
        (!breaksBefore(words, n) || apposition) &&
        !afterPreposition &&
        owned &&
        ownName
      ) {
        const e = nameAfterHead(words, i, n);
        if (
          e >= 0 &&
          qualified(words, i, start, len) &&
          (!apposition || e > n || EN_NAME_PREFIXES.has(words[n]!.lower))
        ) {
          let from = apposition ? n : Math.max(start, lastEnd + 1);
          if (possessiveS(words, from)) from++;
          out.push({
            start: words[from]!.start,
            end: words[e]!.end,
            name: slice(n, e),
            titles: [titleText(text, words, start, headEnd), ...postNameTitle(text, words, e)],
          });
          // The title's words start no other name ("Minister of Education Kay Lee, ...").
          taken.fill(1, Math.min(start, n), e + 1);
          officials.add(words[e]!.lower);
          i = e;
          lastEnd = e;
          continue;
        }
      }
    }
    if (
      (words[i]!.lex & EN_PLURAL_HEAD) !== 0 &&
      (!OWNED_HEADS.has(words[i]!.lower) || ownerBefore(words, i, titleStart(words, i), officials))
    ) {
      let n = i + 1;
      // "Sens. Ann Lee and Tom Hart": an abbreviated plural keeps its full stop; "his two
      // predecessors - Ann Lee and Tom Hart": a dash or colon opens the list.
      const opens =
        (DOTTED.has(words[i]!.lower) && words[n]?.gap === '. ') || LIST_OPENER.test(words[n]?.gap ?? '');
      while (
        n < words.length &&
        (words[n]!.gap === ' ' || isCommaGap(words[n]!.gap) || (opens && n === i + 1))
      ) {
        const e = enNameAt(words, n);
        if (e <= n) break;
        out.push({
          start: words[n]!.start,
          end: words[e]!.end,
          name: slice(n, e),
          titles: [slice(i, i)],
        });
        n = e + 1;
        if (words[n]?.lower === 'and') n++;
      }
    }
  }
  out.push(...findPartyMembers(text, words, taken));
  out.push(...findUntitledNames(text, words, taken));
  return out;
}
