import { runToEnd, type Steps } from '../steps';
import { decodeCharRefs } from './char-refs';
import { type PageMarks, scopedFirst } from './find-marked';
import { hintOf, isCommentThread } from './hints';
import { nameOf } from './json-ld';
import { compileSteps, lazyRegExp } from './lazy-regexp';
import { firstMeta, type MetaTags, metaValue } from './meta-tags';
import { foldText } from './text-compare';
import { isSiteName, SITE_NAME_REGEXPS } from './title';
import { nextInLight } from './tree';

/** Author names: from metadata, else from the page's byline marks; "By", "Theo", "Bài:" and dates dropped. */
const LEADING =
  /^\s*(?:(?:written|posted|reported|words|story|text|analysis|photos?)\s+)?(?:by|theo|bài(?:\s*và\s*ảnh)?\s*:|tác giả\s*:|von|par|por|di)\s+|^\s*(?:author|著者|筆者)\s*[:：]\s*/i;
/** "By" glued to the name, as text runs join when "By" and the name sit in separate elements. */
const GLUED_BY = lazyRegExp(String.raw`^\s*By(?=\p{Lu})`, 'u');
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** A date after the name ("Ann Lee - 04/01/2024", "Ann Lee | Dec 16, 2016 at 1:38 pm") and all after it. */
const TRAILING_DATE = new RegExp(
  `\\s*[|,·•–-]?\\s*(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}).*$`,
  'i',
);
/** "Posted on March 3, 2020 by Ann Lee": the date line before the name. */
const POSTED_BY = /^\s*(?:posted|published|updated|written)\b[\s\S]{0,60}?\bby\s+/i;
/** "Lee, Ann": a name filed surname first, as some CMSs store it. */
const SURNAME_FIRST = lazyRegExp(String.raw`^(\p{Lu}[\p{Ll}\p{M}'’-]+),\s*(\p{Lu}[\p{Ll}\p{M}'’-]+)$`, 'u');
/** "Ann LeeNEWS DESK": the outlet's name in capitals glued to the name, as text runs of two lines join. */
const GLUED_CAPITALS = lazyRegExp(String.raw`(?<=\p{Ll})\p{Lu}{2,}(?:[\s.&'’-]+\p{Lu}[\p{Lu}.&'’-]*)+$`, 'u');
/** "Ann Lee @annlee": the author's social handle printed after the name. */
const TRAILING_HANDLE = /\s+@[\w.]{2,30}$/u;
/** Not a person's name: placeholders, edition notes ("Revised Edition Edited by ..."), a bare "By" label. */
const NOT_A_NAME =
  /\b(?:edition|revised|no author|unknown author|anonymous)\b|^(?:posted|published|updated)\b|^by$/i;
/** Two to four capitalised words, none in capitals throughout: how a person's name looks. */
const PERSON_NAME = lazyRegExp(
  String.raw`^(?:\p{Lu}[\p{Ll}\p{M}'’.-]*\.?\s+){1,3}\p{Lu}[\p{Ll}\p{M}'’-]+$`,
  'u',
);
const MAX_BYLINE_CHARS = 100;
/** One word holding a digit or "_", or set after "@": an account's handle, not how a person is named. */
const HANDLE = lazyRegExp(String.raw`^(?:@[\p{L}\p{N}._]+|[\p{L}\p{N}.]*[\d_][\p{L}\p{N}._]*)$`, 'u');
/** Any letter; a name that is letters only; a name that starts with a capital (or a letter of a script without case). */
const LETTER = lazyRegExp(String.raw`\p{L}`, 'u');
const LETTERS_ONLY = lazyRegExp(String.raw`^\p{L}+$`, 'u');
const CAPITAL_START = lazyRegExp(String.raw`^[\p{Lu}\p{Lo}]`, 'u');

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = decodeCharRefs(raw).replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(text)) return null;
  text = text
    .replace(POSTED_BY, '')
    .replace(/^\s*[-–—]+\s*(?=by\s)/i, '')
    .replace(GLUED_BY(), '')
    .replace(LEADING, '')
    .replace(/^\s*[:\-–|]\s*/, '');
  text = text
    .replace(TRAILING_DATE, '')
    .replace(GLUED_CAPITALS(), '')
    .trim()
    .replace(TRAILING_HANDLE, '')
    .replace(SURNAME_FIRST(), '$2 $1');
  if (!text || text.length > MAX_BYLINE_CHARS || !LETTER().test(text) || NOT_A_NAME.test(text)) return null;
  return text;
}

/** A commenter's name is marked up like a byline ("comment-author"): the mark or a wrapper says comments. */
function inCommentThread(el: Element): boolean {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement)
    if (isCommentThread(hintOf(node))) return true;
  return false;
}

/** The first short visible byline mark inside `scope` (the article), else anywhere, never in comments. */
function findVisibleByline(marks: PageMarks, scope: Element | null): string | null {
  for (const el of scopedFirst([...marks.authorAttrs, ...marks.bylineClass], scope)) {
    if (inCommentThread(el)) continue;
    const name = el.querySelector('[itemprop~="name"]') ?? el;
    const text = metaValue(name) ?? name.textContent ?? '';
    if (text.trim().length > MAX_BYLINE_CHARS) continue;
    const found = cleanByline(text);
    if (found) return found;
  }
  return null;
}

/**
 * "By Ann Lee", also set off by a dash ("— by Ann Lee"), as signed essays and entries end; or the
 * name after an "Author:" label, the Japanese "著者：" (author) and "筆者：" (writer) included.
 */
const BY_LINE = /^\s*(?:(?:By|[-–—]+\s*by)(?:\s|$)|(?:Author|著者|筆者)\s*[:：])/;
const BY_LINE_MAX_CHARS = 80;
const BY_LINE_SCAN = 3000;

/** The text of the first element after `el` (not inside it) that has any. */
function nextText(el: Element, root: Element): string {
  for (
    let next = nextInLight(el, root, false), i = 0;
    next && i < 5;
    next = nextInLight(next, root, true), i++
  ) {
    if (next.tagName === 'SCRIPT' || next.tagName === 'STYLE') continue;
    const text = next.textContent?.trim();
    if (text) return text;
  }
  return '';
}

/**
 * A line that starts "By " with no class saying so ("<div>By <span>Ann Lee</span></div>"): the
 * "By" is the element's own first text, or an element of its own just before the name.
 */
export function findByLine(root: Element): string | null {
  let el: Element | null = root.firstElementChild;
  for (let seen = 0; el && seen < BY_LINE_SCAN; seen++) {
    const first = el.firstChild;
    if (first?.nodeType === 3 && BY_LINE.test((first as Text).data)) {
      const line = (first as Text).data.trim() === 'By' && !first.nextSibling ? el.parentElement : el;
      let text = line?.textContent ?? '';
      // "By" set as a label of its own, the name in the next block ("<p>By</p><p>Ann Lee</p>").
      if (line && text.trim() === 'By') text = `By ${nextText(line, root)}`;
      if (text.length <= BY_LINE_MAX_CHARS) {
        const found = cleanByline(text);
        if (found && CAPITAL_START().test(found)) return found;
      }
    }
    el = nextInLight(el, root, el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE');
  }
  return null;
}

export interface SiteNames {
  siteName: string | null;
  host: string | null;
}

/**
 * The byline: JSON-LD author, <meta> author, then the page's byline marks and "By" lines, skipping
 * any that names the site, its publisher or a domain ("example.com", "NEWS.EXAMPLE.VN") rather than a
 * writer, or that is no name at all.
 */
export function readByline(
  ld: Record<string, unknown> | null,
  meta: MetaTags,
  marks: () => PageMarks,
  scope: Element | null,
  site: SiteNames,
): string | null {
  return runToEnd(readBylineSteps(ld, meta, marks, scope, site));
}

/**
 * readByline in steps (same result), a yield before each source it reads after the first: cold in
 * a browser (each test's regular expressions compiled on first use) the byline took up to ~15 ms
 * of CPU in one step of the content script.
 */
export function* readBylineSteps(
  ld: Record<string, unknown> | null,
  meta: MetaTags,
  marks: () => PageMarks,
  scope: Element | null,
  site: SiteNames,
): Steps<string | null> {
  // Every test the byline may run, compiled first in steps of their own (see compileSteps).
  yield* compileSteps(BYLINE_REGEXPS);
  const publisher = nameOf(ld?.publisher);
  // A personal site is named after its writer; a name of the site that is no person's is the site's.
  const isWriter = (name: string | null): name is string =>
    !!name &&
    (PERSON_NAME().test(name) ||
      !(isSiteName(name, site.siteName, site.host) || (publisher && foldText(publisher) === foldText(name))));
  const candidates: (() => string | null)[] = [
    () => cleanByline(nameOf(ld?.author) ?? nameOf(ld?.creator)),
    () => metaAuthor(meta, isWriter, site),
    () => findVisibleByline(marks(), scope),
    () => (scope ? findByLine(scope) : null),
    () => (scope?.ownerDocument.body ? findByLine(scope.ownerDocument.body) : null),
    () => cleanByline(nameFromProfileUrl(firstMeta(meta, 'article:author', 'author'))),
    // Last: the label often names the account that posted the page (an editor), not the writer.
    () => cleanByline(labelledAuthor(meta)),
  ];
  for (let i = 0; i < candidates.length; i++) {
    if (i > 0) yield;
    const name = candidates[i]!();
    if (!isWriter(name)) continue;
    // A first name alone ("Todd") in metadata: the visible byline often gives the whole name.
    if (LETTERS_ONLY().test(name)) {
      for (const later of candidates.slice(i + 1)) {
        yield;
        const fuller = later();
        if (fuller?.startsWith(`${name} `) && isWriter(fuller)) return fuller;
      }
    }
    // A login handle ("cc7567", "@ann_lee") where the page prints the writer's name: that name.
    if (HANDLE().test(name)) {
      for (const later of candidates.slice(i + 1)) {
        yield;
        const shown = later();
        if (shown && PERSON_NAME().test(shown) && isWriter(shown)) return shown;
      }
    }
    return name;
  }
  return null;
}

/**
 * The article's own author tags before the page-wide `author`, which often names the publisher
 * ("Condé Nast") where `article:author` names the writer; a tag holding a profile URL gives way
 * to the next (the URL is read last, by nameFromProfileUrl).
 */
const META_AUTHORS = [
  'dc:creator',
  'dcterm:creator',
  'dc.creator',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'author',
  'byl',
];

/**
 * The first author tag naming a writer; a tag repeated with other writers' names (one tag an author,
 * as Dublin Core and Open Graph have it) gives them all, in page order.
 */
function metaAuthor(
  meta: MetaTags,
  isWriter: (name: string | null) => name is string,
  site: SiteNames,
): string | null {
  for (const key of META_AUTHORS) {
    const cleaned = (meta.repeated.get(key) ?? [meta.get(key)]).map(cleanByline);
    const names: string[] = [];
    for (const name of cleaned) {
      if (!isWriter(name) || names.some((n) => foldText(n) === foldText(name))) continue;
      // A further tag naming the site is the publisher's, even where the site is named like a person.
      if (names.length && isSiteName(name, site.siteName, site.host)) continue;
      names.push(name);
    }
    // Names filed surname first ("Lee, A.") hold commas of their own.
    if (names.length) return names.join(names.some((n) => n.includes(',')) ? '; ' : ', ');
    // The tag names no writer (the site, say): the caller skips it, as the first one found.
    const first = cleaned.find((n) => n);
    if (first) return first;
  }
  return null;
}

/** "https://example.com/editors/ann-lee/": a writer's profile page, named by two to four words. */
const PROFILE_SLUG = lazyRegExp(String.raw`^https?:\/\/[^?#]*\/(\p{L}+(?:-\p{L}+){1,3})\/?(?:[?#].*)?$`, 'u');

/** The expressions readBylineSteps may run, the site-name test's included. */
const BYLINE_REGEXPS = [
  POSTED_BY,
  GLUED_BY,
  LEADING,
  TRAILING_DATE,
  GLUED_CAPITALS,
  TRAILING_HANDLE,
  SURNAME_FIRST,
  LETTER,
  NOT_A_NAME,
  PERSON_NAME,
  ...SITE_NAME_REGEXPS,
  LETTERS_ONLY,
  HANDLE,
  BY_LINE,
  CAPITAL_START,
  PROFILE_SLUG,
];

/** The writer's name spelled by the profile URL that metadata gives in place of the name. */
export function nameFromProfileUrl(url: string | null): string | null {
  const slug = url?.trim().match(PROFILE_SLUG())?.[1];
  if (!slug) return null;
  return slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Share-card labels: twitter:label1 "Written by" with the name in twitter:data1. */
function labelledAuthor(meta: MetaTags): string | null {
  for (let i = 1; i <= 4; i++) {
    const label = meta.get(`twitter:label${i}`);
    if (!label) break;
    if (/^(?:written by|author|by)$/i.test(label.trim())) return meta.get(`twitter:data${i}`) ?? null;
  }
  return null;
}
