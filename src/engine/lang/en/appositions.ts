import type { Mention } from '../../analyze/officials/mention';
import { breaksBefore, commaBefore, type Word } from '../../text/words';
import { corporateTitle } from './official-apposed';
import {
  enNameAt,
  HEAD_OF,
  headAt,
  PEERAGES,
  POSSESSIVE_GAP,
  possessiveS,
  postNameTitle,
  qualified,
  titleStart,
  titleText,
} from './title-grammar';
import { EN_BODY_NOUNS, EN_HONORIFICS } from './titles';

const APPOSITION_LEAD = new Set([
  'the',
  'a',
  'an',
  'another',
  'his',
  'her',
  'its',
  'their',
  'also',
  'now',
  'then',
  'currently',
]);
const LEGISLATURES = new Set([
  'parliament',
  'congress',
  'senate',
  'assembly',
  'politburo',
  'cabinet',
  'legislature',
]);
const RELATIVE_VERBS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'served', 'serves']);
const NAMED_AS = new Set(['as', 'named', 'elected', 'appointed', 'posted', 'made', 'sworn']);
const PERFECT = new Set(['has', 'had', 'have']);
// Police and military ranks before a name: "Lt. Ann Vale, a police spokeswoman," is read like "Ms Vale".
const RANKS = new Set(['lt', 'sgt', 'capt', 'cpl', 'det', 'lieutenant', 'sergeant', 'captain', 'detective']);
// "Dee Lane — a White House press secretary for ... —": a dash opens an apposition like a comma.
const DASH_GAP = /^\s+[—–-]\s+$/u;
const LOWER_CASE = /\p{Ll}/u;

/**
 * "SAN JOSE — Mayor Ann Lee said ...": capitals opening a paragraph before a dash are a dateline,
 * the place the story was filed from, not a person the title after the dash names.
 */
function datelineAt(text: string, words: Word[], i: number, e: number): boolean {
  return (
    (i === 0 || words[i]!.gap.includes('\n')) && !LOWER_CASE.test(text.slice(words[i]!.start, words[e]!.end))
  );
}
// First words of place names that are not given names ("New Zealand", "South Korea").
const PLACE_FIRST_WORDS = new Set([
  'new',
  'north',
  'south',
  'east',
  'west',
  'united',
  'saudi',
  'sri',
  'hong',
]);
/** Past the verb of "(who) was named", "has been appointed as", "became": the word after it, or q when none. */
function pastCopula(lower: string[], q: number): number {
  let s = q;
  if (PERFECT.has(lower[s]!) && lower[s + 1] === 'been') s += 2;
  else if (RELATIVE_VERBS.has(lower[s]!)) s++;
  else return q;
  // "who served as foreign minister", "was named ambassador", "was sworn in as mayor"
  if (NAMED_AS.has(lower[s]!)) s++;
  if (lower[s - 1] === 'sworn' && lower[s] === 'in') s++;
  if (s > q + 1 && lower[s] === 'as' && lower[s - 1] !== 'as') s++;
  return s;
}

/** First word of the title an apposition may hold after its comma: past "who is also the", "the". */
function appositionTitleAt(lower: string[], q: number, copula: boolean): number {
  let s = q;
  if (copula) {
    s = pastCopula(lower, q);
    if (s === q) return -1;
  } else if (lower[s] === 'who') s = Math.max(q, pastCopula(lower, q + 1));
  while (s - q < 6 && APPOSITION_LEAD.has(lower[s]!)) s++;
  return s;
}

/** "Name, the title ...", "Name, who is also governor of ...": the title right after the comma, or null. */
function appositionAfter(
  text: string,
  words: Word[],
  lower: string[],
  i: number,
  e: number,
  copula = false,
): Mention | null {
  // "Ann Vale, 54, the city's mayor": an age between the name and the apposition.
  const age = !copula && /^\d{1,3}$/u.test(lower[e + 1] ?? '') && commaBefore(words, e + 2);
  const q = age ? e + 2 : e + 1;
  // "Ann Vale was in Paris": a copula that names no post leaves nothing to read; "New Zealand is
  // the head of state": a place's name is the subject of a copula more often than a person's.
  if (copula && PLACE_FIRST_WORDS.has(lower[i]!)) return null;
  const from = appositionTitleAt(lower, q, copula);
  if (from < 0) return null;
  for (let h = from; h < words.length && h - from < 6; h++) {
    if (h > q && breaksBefore(words, h)) break;
    const len = headAt(words, lower, h);
    if (!len) continue;
    // "the president's lawyer": a head that owns the noun after it is not this person's title.
    if (possessiveS(words, h + len)) continue;
    if (corporateTitle(words, lower, h, h + len - 1)) return null;
    const start = titleStart(words, lower, h);
    // The title must open the apposition: "Name, former campaign manager for President X" is not one.
    if (start > from) return null;
    // "the leader of the PPP", "a member of parliament" name an office through a named body;
    // "a member of the public" does not, and "director of X" stays ambiguous.
    let o = h + len + 1;
    if (lower[o] === 'the') o++;
    const body =
      words[o] !== undefined &&
      (words[o]!.cap || EN_BODY_NOUNS.has(lower[o]!) || LEGISLATURES.has(lower[o]!));
    // "director of the Department of X" heads a government body; "director of X" may be a film's.
    const government = EN_BODY_NOUNS.has(lower[o] ?? '');
    const ofOrg = lower[h + len] === 'of' && (lower[h] !== 'director' || government) && body;
    // "New Zealand is a member of the United Nations": after a copula only a legislature's member.
    if (copula && lower[h] === 'member' && !LEGISLATURES.has(lower[o] ?? '')) return null;
    if (
      !(qualified(words, lower, h, start, len) || ofOrg) ||
      (lower[h + len] === 'of' && lower[h] === 'director' && !government)
    )
      return null;
    return {
      start: words[i]!.start,
      end: words[e]!.end,
      name: text.slice(words[i]!.start, words[e]!.end),
      titles: [titleText(text, words, Math.max(start, q), h + len - 1)],
    };
  }
  return null;
}

// "Chuck Hale (D-N.Y.)", "Ann Cole, R-Texas,": a US legislator's party and state after the name.
const PARTY_TAG = /^[dri]-\p{L}/u;
const partyTagAfter = (words: Word[], e: number): boolean => {
  const w = words[e + 1];
  return w !== undefined && PARTY_TAG.test(w.lower) && (w.gap === ' (' || w.gap === ', ');
};

/** Whether the article writes "Mr/Ms <word>" anywhere: the word is then a person's family name. */
function honorificNames(words: Word[], lower: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++)
    if (words[i]!.cap && EN_HONORIFICS.has(lower[i - 1]!) && /^[ .]+$/u.test(words[i]!.gap))
      out.add(lower[i]!);
  return out;
}

/** Words i..e as a mention (a function, not a closure made per name the walk meets). */
function nameMention(text: string, words: Word[], i: number, e: number, titles: string[]): Mention {
  return {
    start: words[i]!.start,
    end: words[e]!.end,
    name: text.slice(words[i]!.start, words[e]!.end),
    titles,
  };
}

/**
 * One walk over the names no title claimed: "Tony Blair's government" (the head of a government,
 * when the article also calls him "Mr Blair"), peers ("Lord Falconer"), "Ann Reid MP", and
 * "Name, the title ..." appositions after a full (two-word) name.
 */
export function findUntitledNames(
  text: string,
  words: Word[],
  lower: string[],
  taken: Uint8Array,
): Mention[] {
  const out: Mention[] = [];
  let persons: Set<string> | null = null;
  for (let i = 0; i < words.length; i++) {
    if (taken[i] === 1 || !words[i]!.cap) continue;
    // A title head starts no name ("President Ana Reyes's" is the president's name after it).
    const head = headAt(words, lower, i);
    if (head) {
      i += head - 1;
      continue;
    }
    const e = enNameAt(words, lower, i);
    // "Mr Tully, the Labour MP for Northtown,": after an honorific one word is a family name.
    const honored = i > 0 && EN_HONORIFICS.has(lower[i - 1]!) && /^[ .]+$/u.test(words[i]!.gap);
    if (e < i || (e === i && !(honored && commaBefore(words, e + 1)))) continue;
    const s = words[e + 1];
    const next = words[e + 2];
    const post = postNameTitle(text, words, e);
    if (s?.lower === 's' && next && HEAD_OF.has(next.lower) && POSSESSIVE_GAP.test(s.gap)) {
      persons ??= honorificNames(words, lower);
      if (persons.has(lower[e]!)) out.push(nameMention(text, words, i, e, []));
    } else if (post.length > 0 || PEERAGES.has(lower[i]!) || partyTagAfter(words, e)) {
      out.push(nameMention(text, words, i, e, post));
    } else if (
      (honored ||
        RANKS.has(lower[i - 1] ?? '') ||
        !(i > 0 && !breaksBefore(words, i) && words[i - 1]!.cap)) &&
      // "with the New York Times, the president said": a name after an article is no person's.
      !(i > 0 && lower[i - 1] === 'the' && !breaksBefore(words, i))
    ) {
      // "Ann Vale, the mayor", or "Ann Vale was named mayor" after a full name.
      const copula = !commaBefore(words, e + 1) && e > i && words[e + 1]?.gap === ' ';
      const found =
        (copula ||
          commaBefore(words, e + 1) ||
          (DASH_GAP.test(words[e + 1]?.gap ?? '') && !datelineAt(text, words, i, e))) &&
        appositionAfter(text, words, lower, i, e, copula);
      if (found) out.push(found);
    }
    i = e;
  }
  return out;
}
