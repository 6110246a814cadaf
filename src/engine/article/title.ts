/**
 * The headline: the metadata title without the site's name ("Headline | Site" -> "Headline"), or the
 * article's visible <h1> where the metadata title is that headline with a section or site around it,
 * or a shortened (SEO) variant of it.
 */

import { lazyRegExp } from './lazy-regexp';
import { FOLD_REGEXPS, foldText } from './text-compare';

/** Title separators; full-width ones (CJK titles) and "_" need no spaces around them. */
const SEPARATOR = /\s+[|\-–—·•»:\\/]{1,2}\s+|\s*[｜：－＿_]\s*/g;

const DOMAIN = lazyRegExp(String.raw`^[\p{L}\p{N}_.-]+\.[a-z]{2,}$`, 'iu');

/** The expressions isSiteName runs (foldText's included), for compileSteps. */
export const SITE_NAME_REGEXPS = [...FOLD_REGEXPS, DOMAIN];

/** The whole text is the site's name or a domain ("Engadget", "example.com"), nothing more. */
export function isSiteName(text: string, siteName: string | null, host: string | null): boolean {
  const folded = foldText(text).replace(/ /g, '');
  if (!folded || DOMAIN().test(text.trim())) return true;
  return [siteName, host].some((name) => name && foldText(name).replace(/ /g, '') === folded);
}

/**
 * A title part that names the site: the name or domain, or a part holding it or held by it, or the
 * text of a heading of the page (the site's name set as its logo heading).
 */
function looksLikeSite(
  part: string,
  siteName: string | null,
  host: string | null,
  headings: string[],
): boolean {
  const folded = foldText(part);
  if (!folded) return true;
  if (DOMAIN().test(part.trim())) return true;
  if (headings.some((h) => foldText(h) === folded)) return true;
  for (const name of [siteName, host]) {
    if (!name) continue;
    const site = foldText(name);
    if (
      site &&
      (folded === site ||
        folded.replace(/ /g, '') === site.replace(/ /g, '') ||
        folded.includes(site) ||
        site.includes(folded))
    )
      return true;
  }
  return false;
}

/** Separator characters, also where a page sets them without spaces ("Headline:Site Name"). */
const TIGHT_SEPARATOR = /[|\-–—·•»:\\/｜：－＿_]/;

/** The title less the site's own name at its end or start, however tightly it is set off. */
function withoutSiteName(title: string, siteName: string | null): string {
  const name = siteName?.trim();
  if (!name || name.length >= title.length) return title;
  if (title.endsWith(name)) {
    const rest = title.slice(0, -name.length).trimEnd();
    if (TIGHT_SEPARATOR.test(rest.slice(-1))) return rest.slice(0, -1).trimEnd();
  }
  if (title.startsWith(name)) {
    const rest = title.slice(name.length).trimStart();
    if (TIGHT_SEPARATOR.test(rest.charAt(0))) return rest.slice(1).trimStart();
  }
  return title;
}

/** Splits at title separators, keeping the separators' positions. */
function parts(title: string): { text: string; index: number; end: number }[] {
  const out: { text: string; index: number; end: number }[] = [];
  let last = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    out.push({ text: title.slice(last, m.index), index: last, end: m.index! });
    last = m.index! + m[0].length;
  }
  out.push({ text: title.slice(last), index: last, end: title.length });
  return out;
}

/** Case, quote and dash styles folded, punctuation kept: for finding a heading inside a title. */
function lightFold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const SEPARATOR_END = /(?:\s[|\-–—·•»:\\/]{1,2}\s|[｜：－＿_]\s*)$/;
const SEPARATOR_START = /^(?:\s[|\-–—·•»:\\/]{1,2}\s|\s*[｜：－＿_])/;

/**
 * The heading is the title with a section or site name before or after it, set off by a separator
 * ("Opinion | Headline", "Headline ｜ Site"), and is the larger part of it (never the section alone).
 */
function isTitleCore(heading: string, title: string): boolean {
  const h = lightFold(heading);
  const t = lightFold(title);
  if (!h) return false;
  if (h === t) return true;
  for (let at = t.indexOf(h); at >= 0; at = t.indexOf(h, at + 1)) {
    const before = t.slice(0, at);
    const after = t.slice(at + h.length);
    if ((before && !SEPARATOR_END.test(before)) || (after && !SEPARATOR_START.test(after))) continue;
    return words(h).length >= words(before).length + words(after).length;
  }
  return false;
}

// The long-vowel mark "ー" is of no script by itself but is written only in kana words.
const WORDS = lazyRegExp(
  String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*`,
  'gu',
);
/** Text that starts with neither a letter nor a digit. */
const NOT_WORD_START = lazyRegExp(String.raw`^[^\p{L}\p{N}]`, 'u');
const words = (text: string): string[] => text.normalize('NFC').toLowerCase().match(WORDS()) ?? [];

/**
 * The heading says what the title says and more: nearly all of the title's words are in it and it
 * is clearly longer. Metadata titles are often cut down for search results and share cards.
 */
function extendsTitle(heading: string, title: string): boolean {
  // Holding the title whole, the heading may add a few words before it or a subtitle after a
  // separator; a label set off before it ("Local News | ..."), text glued to it, or a mere "The"
  // is not the headline's.
  const folded = lightFold(heading);
  const core = lightFold(title);
  const at = folded.indexOf(core);
  if (at > 0) {
    const before = folded.slice(0, at);
    return before.endsWith(' ') && !SEPARATOR_END.test(before) && words(before).length >= 2;
  }
  if (at === 0) return SEPARATOR_START.test(folded.slice(core.length));
  const h = words(heading);
  const t = words(title);
  if (t.length === 0 || h.length < t.length + 2) return false;
  const have = new Set(h);
  return t.filter((w) => have.has(w)).length >= 0.8 * t.length;
}

/**
 * The heading is the title and then a subtitle set off by a mark ("Forum 2019 「Theme」 ～Subtitle～",
 * "Headline: what it means"), spacing aside: share titles often leave the subtitle out.
 */
export function addsSubtitle(heading: string, title: string): boolean {
  const h = lightFold(heading).replace(/\s+/g, '');
  const t = lightFold(title).replace(/\s+/g, '');
  return t.length > 0 && h.length > t.length && h.startsWith(t) && NOT_WORD_START().test(h.slice(t.length));
}

/** One word, or the other with a plural ending ("mistake", "mistakes"; "box", "boxes"). */
const sameWord = (a: string, b: string): boolean =>
  a === b || [`${a}s`, `${a}es`].includes(b) || [`${b}s`, `${b}es`].includes(a);

/**
 * The title says all the heading says and clearly more: the heading is a label cut down from the
 * headline ("Kitchen Storage Tips" for "The 7 Kitchen Storage Tips Every Renter Should Know").
 */
export function titleHoldsHeading(title: string, heading: string): boolean {
  const t = words(title);
  const h = words(heading);
  if (h.length === 0 || t.length < h.length + 2) return false;
  return h.every((w) => t.some((x) => sameWord(w, x)));
}

/** A separator with nothing on one side ("Site Name -"): the template's slot for a headline left empty. */
const DANGLING = /^[|\-–—·•»:\\/]{1,2}\s+|\s+[|\-–—·•»:\\/]{1,2}$/g;

/** The title is the site's template with its headline slot left empty ("Site Name -", "| Site Name"). */
export function hasEmptySlot(raw: string): boolean {
  return raw.trim().replace(DANGLING, '') !== raw.trim();
}

/**
 * The headline: a heading of the page that is the title less its site or section, or that says more
 * than a cut-down metadata title; else the title without site names at either end. With `guess` (the
 * bare <title>), also drops a short trailing section.
 */
export function cleanTitle(
  raw: string,
  siteName: string | null,
  host: string | null,
  headingsOf: () => string[],
  guess: boolean,
): string {
  const title = raw.replace(/\s+/g, ' ').trim().replace(DANGLING, '');
  const headings = headingsOf()
    .map((h) => h.replace(/\s+/g, ' ').trim())
    .filter((h) => h && !isSiteName(h, siteName, host));
  for (const h of headings) if (isTitleCore(h, title) || (!guess && extendsTitle(h, title))) return h;
  const bare = withoutSiteName(title, siteName);
  let pieces = parts(bare);
  if (pieces.length === 1) return pieces[0]!.text.trim();
  const site = (part: string): boolean => looksLikeSite(part, siteName, host, headings);
  while (pieces.length > 1 && site(pieces[pieces.length - 1]!.text)) pieces = pieces.slice(0, -1);
  while (pieces.length > 1 && site(pieces[0]!.text)) pieces = pieces.slice(1);
  if (guess && pieces.length > 1) {
    // Readability's rule: the part before the last separator, unless that leaves under three words
    // (Han and kana characters counting a word each: those titles have no spaces).
    const before = bare.slice(pieces[0]!.index, pieces[pieces.length - 2]!.end).trim();
    if (words(before).length >= 3) return before;
  }
  return bare.slice(pieces[0]!.index, pieces[pieces.length - 1]!.end).trim();
}

/** The words of a URL's path ("/Artist-and-band-song-title-lyrics" -> artist, and, band, ...). */
function pathWords(url: string): Set<string> {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: the raw path's words still count.
  }
  return new Set(words(decoded));
}

/**
 * "Artist – Song", "Series: Episode": the part of the title that the page's own <h1> shows by itself,
 * and that the page's address names too, is the headline; the other parts are its context. A site's
 * name set as a heading is in the address's host, not its path, so it is not taken for the headline.
 */
export function partShownAsHeading(raw: string, heading: string | null, url: string | null): string | null {
  if (!heading || !url) return null;
  const title = raw.replace(/\s+/g, ' ').trim().replace(DANGLING, '');
  const pieces = parts(title);
  if (pieces.length < 2) return null;
  const shown = foldText(heading);
  const piece = pieces.find((p) => foldText(p.text) === shown);
  if (!piece) return null;
  const inPath = pathWords(url);
  const own = words(piece.text);
  return own.length > 0 && own.every((w) => inPath.has(w)) ? piece.text.trim() : null;
}

/** The expressions the title's reading runs (cleanTitle, isSiteName and the heading tests), for compileSteps. */
export const TITLE_REGEXPS = [
  ...SITE_NAME_REGEXPS,
  SEPARATOR,
  TIGHT_SEPARATOR,
  SEPARATOR_END,
  SEPARATOR_START,
  WORDS,
  NOT_WORD_START,
  DANGLING,
];
