/**
 * The article's visible headline: the first shown <h1> inside the article that reads as a headline.
 * Share-card and search titles (og:title, JSON-LD headline, <title>) are often rewritten for search
 * or social ("New York ramps up mass burials" for the headline "Coronavirus: New York ramps up ..."),
 * so where the article shows its own headline, that is the title a reader sees.
 */
import { isHidden } from './dom-stats';
import { lazyRegExp } from './lazy-regexp';
import { isSiteName } from './title';
import { nextInLight, parentOf } from './tree';

/** Fewer words is a label ("Sections", "World news", "€20"), more characters a paragraph. */
const MIN_WORDS = 3;
/** Han and kana have no spaces: this many characters stand for the words. */
const MIN_DENSE_CHARS = 6;
const MAX_CHARS = 200;
const DENSE = lazyRegExp(String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]`, 'gu');
const LETTER_OR_DIGIT = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');

function readsAsHeadline(text: string, minWords = MIN_WORDS): boolean {
  if (text.length > MAX_CHARS) return false;
  const words = text.split(/\s+/).filter((w) => LETTER_OR_DIGIT().test(w)).length;
  return words >= minWords || (text.match(DENSE())?.length ?? 0) >= MIN_DENSE_CHARS;
}

function shownWithin(el: Element, scope: Element): boolean {
  for (let node: Element | null = el; node && node !== scope; node = parentOf(node))
    if (isHidden(node)) return false;
  return !isHidden(scope);
}

export function visibleHeadline(
  h1s: Element[],
  scope: Element | null,
  siteName: string | null,
  host: string | null,
): string | null {
  if (!scope) return null;
  for (const h of h1s) {
    if (!scope.contains(h) || !shownWithin(h, scope)) continue;
    const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || isSiteName(text, siteName, host)) continue;
    return readsAsHeadline(text) ? text : null;
  }
  return null;
}

const SUBHEADINGS = new Set(['H2', 'H3']);
/** Elements walked for the first subheading: the article's opening, not the whole of a long page. */
const SUBHEADING_SCAN = 2000;

/**
 * The article's first shown <h2>/<h3> that reads as a headline: its headline when the page has no
 * <h1> with one and the <title> is the site's template with the headline left out.
 */
export function firstSubheading(
  scope: Element | null,
  siteName: string | null,
  host: string | null,
): string | null {
  if (!scope) return null;
  let el = scope.firstElementChild;
  for (let seen = 0; el && seen < SUBHEADING_SCAN; seen++) {
    const tag = el.tagName;
    const skip = tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || isHidden(el);
    if (!skip && SUBHEADINGS.has(tag)) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && !isSiteName(text, siteName, host) && readsAsHeadline(text)) return text;
    }
    el = nextInLight(el, scope, !skip && !SUBHEADINGS.has(tag));
  }
  return null;
}

const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** The header comes before the body: before its container, or inside it ahead of its first paragraph. */
function beforeBody(header: Element, top: Element): boolean {
  if (header.contains(top)) return false;
  if (!top.contains(header)) return (top.compareDocumentPosition(header) & PRECEDING) !== 0;
  const first = top.getElementsByTagName('p')[0];
  return !!first && !header.contains(first) && (header.compareDocumentPosition(first) & FOLLOWING) !== 0;
}

/**
 * The heading of the article's own header: the first shown <header> in the article's scope set
 * before its body (before its container `top`, or inside it ahead of its first paragraph), and its
 * <h1>, else its <h2>. Null where that heading is a
 * link (a site's logo, a teaser's headline) or does not read as a headline; headers after the body
 * (a sidebar's, a "More stories" box's) are not the article's.
 */
export function headerHeading(
  scope: Element | null,
  top: Element | null,
  siteName: string | null,
  host: string | null,
): string | null {
  if (!scope || !top) return null;
  for (const header of Array.from(scope.getElementsByTagName('header'))) {
    if (!beforeBody(header, top)) continue;
    if (!shownWithin(header, scope)) continue;
    const h = header.querySelector('h1') ?? header.querySelector('h2');
    if (!h || !shownWithin(h, scope)) continue;
    if (h.querySelector('a') || h.closest('a')) return null;
    const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    // The <h1> of the article's own header is no section label: a magazine's two-word headline
    // ("Broken Pledge") reads as one there.
    const minWords = h.tagName === 'H1' ? 2 : MIN_WORDS;
    if (!text || isSiteName(text, siteName, host) || !readsAsHeadline(text, minWords)) return null;
    return text;
  }
  return null;
}
