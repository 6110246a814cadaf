/**
 * The lead (sapo, standfirst): news sites, Vietnamese ones especially, set it apart from the body,
 * often in a sibling of the body's container. Found by its class, just before the body, close by.
 */
import type { Steps } from '../steps';
import type { ArticleBlock } from '../types';
import { toIsoDay } from './dates';
import { isCommaList, linkDensity, type NodeStats, type PageStats } from './dom-stats';
import { findMarkedSteps } from './find-marked';
import { HEADINGS, LEAD_HINT } from './hints';

const MAX_DISTANCE = 4;
const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING

function depthBelow(ancestor: Element, el: Element): number {
  let depth = 0;
  for (let node: Element | null = el; node && node !== ancestor; node = node.parentElement) depth++;
  return depth;
}

/** The lead beside the body's containers, in steps: the walk for marked leads yields as it goes. */
export function* findLeadSteps(
  containers: Element[],
  page: PageStats,
  blocks: ArticleBlock[],
): Steps<ArticleBlock | null> {
  const first = containers[0];
  if (!first) return null;
  const inBlocks = new Set(blocks.map((b) => b.element));
  // Look within a few levels above the body's container only.
  let area: Element = first;
  for (let i = 0; i < MAX_DISTANCE && area.parentElement && area.parentElement.tagName !== 'BODY'; i++)
    area = area.parentElement;
  const marked = yield* findMarkedSteps(area, LEAD_HINT, 50);
  yield;
  const before = marked.filter(
    (el) =>
      first.compareDocumentPosition(el) & PRECEDING &&
      !el.contains(first) &&
      !containers.some((c) => c.contains(el)) &&
      !inBlocks.has(el),
  );
  const repeated = repeatedClasses(before);
  let best: Element | null = null;
  for (const el of before) {
    // A part of each item of a list ("item__intro" on every entry of a round-up) is no page's lead.
    if (repeated.has(el.getAttribute('class') ?? '')) continue;
    const s = page.stats.get(el);
    if (!s || s.chars < 40 || s.chars > 1500 || linkDensity(s) > 0.3) continue;
    // A "lead-image" and its caption are the lead picture (findLeadPicture's), not the lead text.
    if (s.images > 0 || el.closest('figure')) continue;
    // A "story-lead" block holding a headline is the article's header, not its lead paragraph.
    if (s.headingChars > 0 && !HEADINGS.has(el.tagName)) continue;
    if (isMetaText(el.textContent ?? '')) continue;
    if (depthBelow(area, el) > MAX_DISTANCE + 2) continue;
    if (best?.contains(el)) continue;
    best = el;
  }
  if (best) return { kind: 'lead', element: best };
  return leadBeforeBody(first, page) ?? leadAfterHeadline(area, first, containers, page);
}

/** Class attributes worn by more than one of `elements` (in document order), one not inside another. */
function repeatedClasses(elements: Element[]): Set<string> {
  const seen = new Map<string, Element>();
  const repeated = new Set<string>();
  for (const el of elements) {
    const cls = el.getAttribute('class');
    if (!cls) continue;
    const earlier = seen.get(cls);
    if (earlier && !earlier.contains(el)) repeated.add(cls);
    seen.set(cls, el);
  }
  return repeated;
}

const LEAD_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'DIV', 'SPAN', 'STRONG']);

/** A sentence or a few of prose, read as the lead where no class says so: not a byline, date line or list of names. */
function isUnmarkedLead(el: Element, s: NodeStats): boolean {
  if (s.chars < 80 || s.chars > 1000 || linkDensity(s) >= 0.3 || isCommaList(s.chars, s.commas, s.lineBreaks))
    return false;
  return !isMetaText(el.textContent ?? '');
}

/** No class says "lead": a sentence-long heading or paragraph just before the body, after the headline. */
function leadBeforeBody(first: Element, page: PageStats): ArticleBlock | null {
  let sibling = first.previousElementSibling;
  for (let i = 0; sibling && i < 3; i++, sibling = sibling.previousElementSibling) {
    if (sibling.tagName === 'H1') return null;
    const s = page.stats.get(sibling);
    if (!s || !LEAD_TAGS.has(sibling.tagName) || s.blockDesc) continue;
    if (isUnmarkedLead(sibling, s)) return { kind: 'lead', element: sibling };
  }
  return null;
}

/**
 * No class says "lead" and the body's container is not next to it: the paragraph set right after
 * the headline, in the header with it ("<header><h1>…</h1><p>The dek…</p></header>").
 */
function leadAfterHeadline(
  area: Element,
  first: Element,
  containers: Element[],
  page: PageStats,
): ArticleBlock | null {
  const headlines = Array.from(area.getElementsByTagName('h1')).filter(
    (h) => first.compareDocumentPosition(h) & PRECEDING && page.stats.has(h),
  );
  const headline = headlines[headlines.length - 1];
  let sibling = headline?.nextElementSibling;
  for (let i = 0; sibling && i < 3; i++, sibling = sibling.nextElementSibling) {
    if (sibling.contains(first) || containers.includes(sibling)) return null;
    const s = page.stats.get(sibling);
    // One paragraph, bare or in a wrapper of its own; no headings (a kicker, a section box), no
    // picture (its caption), and not the byline or date line.
    if (!s || !LEAD_TAGS.has(sibling.tagName) || s.paragraphs > 1 || s.headingChars > 0 || s.images > 0)
      continue;
    if (isUnmarkedLead(sibling, s)) return { kind: 'lead', element: sibling };
  }
  return null;
}

/** A byline or date line: "By …", or a short line that carries a date. */
export function isMetaText(text: string): boolean {
  return /^\s*by\s/i.test(text) || (text.length < 200 && toIsoDay(text) !== null);
}
