/**
 * The lead picture's caption. News pages set a photo with its caption and credit just above the body
 * ("<figure><img><figcaption>…</figcaption></figure><div class="body"><p>…"); readers see it as the
 * article's opening and extractors like Mercury read it first. It often sits outside the body's
 * container, or carries a class ("media") that the cleaning drops, so it is looked for on its own:
 * only right before the first block, with nothing that has text between the two.
 */
import { linkDensity, type NodeStats, type PageStats } from './dom-stats';
import { hintOf, IN_ARTICLE_FURNITURE } from './hints';
import { isMetaText } from './lead';
import { nextInLight, parentOf } from './tree';

/** A caption and credit, not a story: one or two sentences at most. */
const MAX_CAPTION_CHARS = 300;
/** The first block, its container and the wrappers just around it. */
const LEVELS = 4;

/**
 * A picture with a short caption: an image (or a <figure>), a little text, no heading. Captions are
 * plain text; links there are a gallery's or lightbox's controls ("Enlarge image", "1 of 12").
 */
const MAX_LINK_DENSITY = 0.2;

function isCaptionedPicture(el: Element, s: NodeStats): boolean {
  if (s.images === 0 && el.tagName !== 'FIGURE') return false;
  if (s.chars === 0 || s.chars > MAX_CAPTION_CHARS || s.headingChars > 0 || linkDensity(s) > MAX_LINK_DENSITY)
    return false;
  return !isMetaText(el.textContent ?? '');
}

/**
 * The captioned picture just before `first` (the body's first block): among the preceding siblings
 * of the block and of its ancestors, past empty ones only. Any other element with text in between
 * means the picture is not the body's opening.
 */
export function findLeadPicture(first: Element, page: PageStats): Element | null {
  let node: Element | null = first;
  for (let level = 0; node && level < LEVELS && node.tagName !== 'BODY'; level++, node = parentOf(node)) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const s = page.stats.get(sibling);
      if (!s || (s.chars === 0 && s.images === 0)) continue;
      return isCaptionedPicture(sibling, s) ? sibling : null;
    }
  }
  return null;
}

/**
 * What the caption block does not read: hidden parts and controls (no stats), and furniture by its
 * class, the photo credit among it ("Getty Images" is attribution, not the article's text).
 */
export function captionSkips(picture: Element, page: PageStats): Element[] {
  const skip: Element[] = [];
  for (let el = picture.firstElementChild; el; ) {
    const hint = hintOf(el);
    const skipped = !page.stats.has(el) || (hint.length > 0 && IN_ARTICLE_FURNITURE.test(hint));
    if (skipped) skip.push(el);
    el = nextInLight(el, picture, !skipped);
  }
  return skip;
}
