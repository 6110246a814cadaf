/**
 * The lead (sapo, standfirst): news sites, Vietnamese ones especially, set it apart from the body,
 * often in a sibling of the body's container. Found by its class, just before the body, close by.
 */
import type { ArticleBlock } from '../types';
import { linkDensity, type PageStats } from './dom-stats';
import { findMarked } from './find-marked';
import { LEAD_HINT } from './hints';

const MAX_DISTANCE = 4;
const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING

function depthBelow(ancestor: Element, el: Element): number {
  let depth = 0;
  for (let node: Element | null = el; node && node !== ancestor; node = node.parentElement) depth++;
  return depth;
}

export function findLead(
  containers: Element[],
  page: PageStats,
  blocks: ArticleBlock[],
): ArticleBlock | null {
  const first = containers[0];
  if (!first) return null;
  const inBlocks = new Set(blocks.map((b) => b.element));
  // Look within a few levels above the body's container only.
  let area: Element = first;
  for (let i = 0; i < MAX_DISTANCE && area.parentElement && area.parentElement.tagName !== 'BODY'; i++)
    area = area.parentElement;
  let best: Element | null = null;
  for (const el of findMarked(area, LEAD_HINT, 50)) {
    if (!(first.compareDocumentPosition(el) & PRECEDING) || el.contains(first)) continue;
    if (containers.some((c) => c.contains(el)) || inBlocks.has(el)) continue;
    const s = page.stats.get(el);
    if (!s || s.chars < 40 || s.chars > 1500 || linkDensity(s) > 0.3) continue;
    if (depthBelow(area, el) > MAX_DISTANCE + 2) continue;
    if (best?.contains(el)) continue;
    best = el;
  }
  return best ? { kind: 'lead', element: best } : leadBeforeBody(first, page);
}

const LEAD_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'DIV', 'SPAN', 'STRONG']);

/** No class says "lead": a sentence-long heading or paragraph just before the body, after the headline. */
function leadBeforeBody(first: Element, page: PageStats): ArticleBlock | null {
  let sibling = first.previousElementSibling;
  for (let i = 0; sibling && i < 3; i++, sibling = sibling.previousElementSibling) {
    if (sibling.tagName === 'H1') return null;
    const s = page.stats.get(sibling);
    if (!s || !LEAD_TAGS.has(sibling.tagName) || s.blockDesc) continue;
    if (s.chars >= 80 && s.chars <= 1000 && linkDensity(s) < 0.3) return { kind: 'lead', element: sibling };
  }
  return null;
}
