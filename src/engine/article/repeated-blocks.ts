/**
 * A long block whose text was already read earlier in the body: a gallery's caption given twice
 * (the full one and a clipped one behind a "more" toggle, for each slide), a pull quote copied
 * from a paragraph, a second rendering of the body. A story never says the same long sentence twice
 * in two places; the repeat is the page's markup. Copies side by side under one parent, and
 * copies set as running prose (a <p> among <p>s) or as table cells, are left: there the text itself repeats
 * (a placeholder text, a timetable's rows). Captions and labels sit alone in their wrappers.
 */
import type { ArticleBlock } from '../types';
import { foldText } from './text-compare';

/** Short lines ("Ha.", "Yes.", a refrain) may well repeat in a story. */
const MIN_CHARS = 80;
/** A clipped copy: the text stops at an ellipsis, then at most one word (the toggle's label). */
const CLIPPED = /(?:\.\.\.|…)\s*(?:\S+\s*)?$/u;

/** A <p> with another <p> beside it: running prose, whose author may well repeat a paragraph. */
function inProse(el: Element): boolean {
  if (el.tagName !== 'P') return false;
  for (let c = el.parentElement?.firstElementChild; c; c = c.nextElementSibling)
    if (c !== el && c.tagName === 'P') return true;
  return false;
}

export function dropRepeatedBlocks(blocks: ArticleBlock[]): ArticleBlock[] {
  const raws = blocks.map((block) => block.element.textContent ?? '');
  // A repeat needs two long blocks; folding one long block (a whole page read as one) is wasted work.
  let long = 0;
  for (const raw of raws) if (raw.length >= MIN_CHARS) long++;
  if (long < 2) return blocks;
  const seen = new Map<string, Node | null>();
  const texts: string[] = [];
  return blocks.filter((block, k) => {
    const raw = raws[k]!;
    if (raw.length < MIN_CHARS) return true;
    const folded = foldText(raw);
    if (folded.length < MIN_CHARS) return true;
    const firstParent = seen.get(folded);
    if (
      firstParent !== undefined &&
      firstParent !== block.element.parentNode &&
      !inProse(block.element) &&
      !block.element.closest('td, th')
    )
      return false;
    const clipped = CLIPPED.exec(raw);
    if (clipped) {
      const head = foldText(raw.slice(0, clipped.index));
      if (head.length >= MIN_CHARS && texts.some((t) => t.startsWith(head))) return false;
    }
    if (firstParent === undefined) seen.set(folded, block.element.parentNode);
    texts.push(folded);
    return true;
  });
}
