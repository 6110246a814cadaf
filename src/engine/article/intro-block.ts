/**
 * The article's opening paragraphs set apart one level up: templates that put the intro in a block
 * of its own ("article-intro") beside the part holding the body, so the chosen container is inside
 * the body part and the intro sits in a sibling of that part, before it. Readability's "append
 * siblings" step looks at the container's own siblings only and would drop it. Such a block is
 * joined when it reads like the article's text: real paragraphs (not links, not a header with the
 * headline), marked up exactly like the body's paragraphs.
 */
import { linkDensity, type PageStats } from './dom-stats';
import { childrenOf, parentOf } from './tree';

/** Readability's bar for a paragraph sibling worth appending. */
const PROSE_MIN_CHARS = 80;
const PROSE_MAX_DENSITY = 0.25;
/** Enough paragraphs that it is an opening, not a stray teaser or a single promo line. */
const MIN_PARAGRAPHS = 2;
/** How many blocks back from the body part to look. */
const LOOK_BACK = 2;

/** Class attributes of the <p>s in the body's container: how this page sets its article text. */
function paragraphClasses(top: Element): Set<string> {
  const out = new Set<string>();
  const ps = top.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < 40; i++) out.add(ps[i]!.getAttribute('class') ?? '');
  return out;
}

/** Direct <p> children of `block` styled like the body's paragraphs, with text and few links. */
function styledParagraphs(block: Element, page: PageStats, classes: Set<string>): Element[] {
  const out: Element[] = [];
  for (const child of childrenOf(block)) {
    if (child.tagName !== 'P' || !classes.has(child.getAttribute('class') ?? '')) continue;
    const s = page.stats.get(child);
    if (s && s.chars > 0 && linkDensity(s) < PROSE_MAX_DENSITY) out.push(child);
  }
  return out;
}

/**
 * The paragraphs of blocks just before the part holding `top` (siblings of `top`'s parent) that
 * open the article, in reading order; empty when there are none. Only the paragraphs styled like
 * the body's are taken: a disclosure or a box beside them in the block is the site's, not the story's.
 */
export function findIntroParagraphs(top: Element, elements: Element[], page: PageStats): Element[] {
  const part = parentOf(top);
  if (!part || part.tagName === 'BODY' || top.tagName === 'BODY') return [];
  const classes = paragraphClasses(top);
  const out: Element[] = [];
  let sibling = part.previousElementSibling;
  for (let i = 0; sibling && i < LOOK_BACK; sibling = sibling.previousElementSibling) {
    const s = page.stats.get(sibling);
    if (!s) continue; // hidden or furniture: not in the way
    i++;
    const block = sibling;
    if (elements.some((e) => e.contains(block) || block.contains(e))) break;
    if (linkDensity(s) >= PROSE_MAX_DENSITY || block.getElementsByTagName('h1').length > 0) break;
    const paragraphs = styledParagraphs(block, page, classes);
    const prose = paragraphs.filter((p) => (page.stats.get(p)?.chars ?? 0) >= PROSE_MIN_CHARS);
    if (prose.length < MIN_PARAGRAPHS) break;
    out.unshift(...paragraphs);
  }
  return out;
}
