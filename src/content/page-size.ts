import { textWork, WORK_PER_STEP } from '../engine/steps';

/**
 * Bounds on the pages the content script reads at all. Each stage of the article finder walks
 * the whole page (or the article) in one task; past these a page is a data dump, a book or a trap, and
 * reading it would hold the tab's main thread far longer than a reader would accept.
 */
export const PAGE_LIMITS = {
  /** Elements in the document; a heavy news page has a few thousand. */
  elements: 30_000,
  /** Nesting depth of elements; news markup is rarely deeper than a hundred. */
  depth: 400,
  /** Characters of text in <body>; a long feature has ~60,000. */
  textChars: 500_000,
};

export type PageLimits = typeof PAGE_LIMITS;

/** Why a page is too large to read, or null when it is within the limits. */
export type TooLarge = 'elements' | 'depth' | 'text' | null;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/**
 * Walks the document's nodes once (a loop, never a recursion) in pausable steps and tells
 * whether the page is within `limits`. Stops at the first limit passed. The text in <body> is
 * summed node by node: its `textContent` would build the whole text (megabytes on a huge page)
 * in one step that cannot pause.
 */
export function* measurePageSize(doc: Document, limits: PageLimits = PAGE_LIMITS): Generator<void, TooLarge> {
  const body = doc.body;
  let node: Node | null = doc.documentElement;
  let depth = 0;
  let elements = 0;
  let chars = 0;
  let work = 0;
  let inBody = false;
  while (node) {
    if (++work >= WORK_PER_STEP) {
      work = 0;
      yield;
    }
    if (node.nodeType === ELEMENT) {
      elements += 1;
      if (elements > limits.elements) return 'elements';
      if (depth > limits.depth) return 'depth';
      if (node === body) inBody = true;
      const child: Node | null = node.firstChild;
      if (child) {
        node = child;
        depth += 1;
        continue;
      }
    } else if (inBody && (node.nodeType === TEXT || node.nodeType === CDATA)) {
      const length = (node as CharacterData).data.length;
      chars += length;
      work += textWork(length);
      if (chars > limits.textChars) return 'text';
    }
    // Done with this node and what is under it: on to the next sibling, climbing as needed.
    while (node && !node.nextSibling) {
      if (node === body) inBody = false;
      node = node.parentNode;
      depth -= 1;
    }
    if (node === body) inBody = false;
    node = node?.nextSibling ?? null;
  }
  return null;
}
