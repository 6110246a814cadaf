/**
 * The dek the page also gives as its description: many sites print og:description as the standfirst
 * in the article header, several wrappers away from the body's container and with no class saying
 * "lead", so neither the lead hints nor the headline's neighbours reach it.
 */
import type { ArticleBlock } from '../types';
import { linkDensity, type PageStats } from './dom-stats';
import { foldText } from './text-compare';
import { nextInLight, parentOf } from './tree';

/** How far above the body's container the article header may sit. */
const LEVELS_UP = 8;
/** Elements looked at before the body: the header's, not a whole page's. */
const SCAN = 400;
/** Shorter descriptions are titles or taglines, too common to single out a paragraph. */
const MIN_CHARS = 60;
const ELLIPSIS = /\s*(?:\.\.\.|…)\s*$/;

/** Same opening: one holds the other from the start (descriptions are often cut short). */
function opensWith(text: string, want: string): boolean {
  return text.length >= MIN_CHARS && (text.startsWith(want) || want.startsWith(text));
}

export function findDescribedLead(
  first: Element,
  page: PageStats,
  blocks: ArticleBlock[],
  description: string | null,
): ArticleBlock | null {
  const want = description ? foldText(description.replace(ELLIPSIS, '')) : '';
  if (want.length < MIN_CHARS) return null;
  // The body opening with the description itself needs no lead (nor a second copy of it).
  const opening = blocks.find((b) => b.kind === 'paragraph' || b.kind === 'lead');
  if (opening && opensWith(foldText(opening.element.textContent ?? ''), want)) return null;
  let area = first;
  for (let i = 0; i < LEVELS_UP; i++) {
    const up = parentOf(area);
    if (!up || up.tagName === 'BODY') break;
    area = up;
  }
  let el = area.firstElementChild;
  for (let seen = 0; el && el !== first && seen < SCAN; seen++) {
    const s = page.stats.get(el);
    // Unmeasured (hidden or stripped) subtrees show no dek.
    if (!s || el.contains(first) || s.blockDesc) {
      el = nextInLight(el, area, !!s);
      continue;
    }
    if (s.chars >= MIN_CHARS && linkDensity(s) < 0.3 && opensWith(foldText(el.textContent ?? ''), want))
      return { kind: 'lead', element: el };
    el = nextInLight(el, area, false);
  }
  return null;
}
