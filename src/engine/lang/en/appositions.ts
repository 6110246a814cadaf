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
// The commonest gaps (" ", ", ") are too short for a spaced dash: no regex for them.
const dashGap = (gap: string): boolean => gap.length >= 3 && DASH_GAP.test(gap);
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
function pastCopula(words: Word[], q: number): number {
  let s = q;
  if (PERFECT.has(words[s]?.lower ?? '') && words[s + 1]?.lower === 'been') s += 2;
  else if (RELATIVE_VERBS.has(words[s]?.lower ?? '')) s++;
  else return q;
  // "who served as foreign minister", "was named ambassador", "was sworn in as mayor"
  if (NAMED_AS.has(words[s]?.lower ?? '')) s++;
  if (words[s - 1]?.lower === 'sworn' && words[s]?.lower === 'in') s++;
  if (s > q + 1 && words[s]?.lower === 'as' && words[s - 1]?.lower !== 'as') s++;
  return s;
}

/** First word of the title an apposition may hold after its comma: past "who is also the", "the". */
function appositionTitleAt(words: Word[], q: number, copula: boolean): number {
  let s = q;
  if (copula) {
    s = pastCopula(words, q);
    if (s === q) return -1;
  } else if (words[s]?.lower === 'who') s = Math.max(q, pastCopula(words, q + 1));
  while (s - q < 6 && APPOSITION_LEAD.has(words[s]?.lower ?? '')) s++;
  return s;
}

/** "Name, the title ...", "Name, who is also governor of ...": the title right after the comma, or null. */
function appositionAfter(text: string, words: Word[], i: number, e: number, copula = false): Mention | null {
  // "Ann Vale, 54, the city's mayor": an age between the name and the apposition.
  const age = !copula && /^\d{1,3}$/u.test(words[e + 1]?.lower ?? '') && commaBefore(words, e + 2);
  const q = age ? e + 2 : e + 1;
  // "Ann Vale was in Paris": a copula that names no post leaves nothing to read; "New Zealand is
  // the head of state": a place's name is the subject of a copula more often than a person's.
  if (copula && PLACE_FIRST_WORDS.has(words[i]!.lower)) return null;
  const from = appositionTitleAt(words, q, copula);
  if (from < 0) return null;
  for (let h = from; h < words.length && h - from < 6; h++) {
    if (h > q && breaksBefore(words, h)) break;
    const len = headAt(words, h);
    if (!len) continue;
    // "the president's lawyer": a head that owns the noun after it is not this person's title.
    if (possessiveS(words, h + len)) continue;
    if (corporateTitle(words, h, h + len - 1)) return null;
    const start = titleStart(words, h);
    // The title must open the apposition: "Name, former campaign manager for President X" is not one.
    if (start > from) return null;
    // "the leader of the PPP", "a member of parliament" name an office through a named body;
    // "a member of the public" does not, and "director of X" stays ambiguous.
    let o = h + len + 1;
    if (words[o]?.lower === 'the') o++;
    const body =
      words[o] !== undefined &&
      (words[o]!.cap || EN_BODY_NOUNS.has(words[o]!.lower) || LEGISLATURES.has(words[o]!.lower));
    // "director of the Department of X" heads a government body; "director of X" may be a film's.
    const government = EN_BODY_NOUNS.has(words[o]?.lower ?? '');
    const ofOrg = words[h + len]?.lower === 'of' && (words[h]?.lower !== 'director' || government) && body;
    // "New Zealand is a member of the United Nations": after a copula only a legislature's member.
    if (copula && words[h]?.lower === 'member' && !LEGISLATURES.has(words[o]?.lower ?? '')) return null;
    if (
      !(qualified(words, h, start, len) || ofOrg) ||
      (words[h + len]?.lower === 'of' && words[h]?.lower === 'director' && !government)
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
  // The hyphen and the gap are tested by code first: most names are followed by neither.
  return (
    w !== undefined &&
    (w.gap === ' (' || w.gap === ', ') &&
    w.lower.charCodeAt(1) === 45 &&
    PARTY_TAG.test(w.lower)
  );
};

/** Whether the article writes "Mr/Ms <word>" anywhere: the word is then a person's family name. */
function honorificNames(words: Word[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++)
    if (words[i]!.cap && EN_HONORIFICS.has(words[i - 1]!.lower) && /^[ .]+$/u.test(words[i]!.gap))
      out.add(words[i]!.lower);
  return out;
}

/**
 * An honorific right before word i ("Mr Tully", "Dr. Vale"). Asked only where it decides (after
 * the cheaper tests): probing the set hashes the word before the name, most often a word no other
 * walk looks up.
 */
function honorificBefore(words: Word[], i: number): boolean {
  return i > 0 && EN_HONORIFICS.has(words[i - 1]!.lower) && /^[ .]+$/u.test(words[i]!.gap);
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
export function findUntitledNames(text: string, words: Word[], taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  let persons: Set<string> | null = null;
  for (let i = 0; i < words.length; i++) {
    if (taken[i] === 1 || !words[i]!.cap) continue;
    // A title head starts no name ("President Ana Reyes's" is the president's name after it).
    const head = headAt(words, i);
    if (head) {
      i += head - 1;
      continue;
    }
    const e = enNameAt(words, i);
    // "Mr Tully, the Labour MP for Northtown,": after an honorific one word is a family name.
    if (e < i || (e === i && !(commaBefore(words, e + 1) && honorificBefore(words, i)))) continue;
    const s = words[e + 1];
    const next = words[e + 2];
    const post = postNameTitle(text, words, e);
    if (s?.lower === 's' && next && HEAD_OF.has(next.lower) && POSSESSIVE_GAP.test(s.gap)) {
      persons ??= honorificNames(words);
      if (persons.has(words[e]!.lower)) out.push(nameMention(text, words, i, e, []));
    } else if (post.length > 0 || PEERAGES.has(words[i]!.lower) || partyTagAfter(words, e)) {
      out.push(nameMention(text, words, i, e, post));
    } else if (
      (!(i > 0 && !breaksBefore(words, i) && words[i - 1]!.cap) ||
        honorificBefore(words, i) ||
        RANKS.has(words[i - 1]?.lower ?? '')) &&
      // "with the New York Times, the president said": a name after an article is no person's.
      !(i > 0 && words[i - 1]?.lower === 'the' && !breaksBefore(words, i))
    ) {
      // "Ann Vale, the mayor", or "Ann Vale was named mayor" after a full name.
      const copula = !commaBefore(words, e + 1) && e > i && words[e + 1]?.gap === ' ';
      const found =
        (copula ||
          commaBefore(words, e + 1) ||
          (dashGap(words[e + 1]?.gap ?? '') && !datelineAt(text, words, i, e))) &&
        appositionAfter(text, words, i, e, copula);
      if (found) out.push(found);
    }
    i = e;
  }
  return out;
}
