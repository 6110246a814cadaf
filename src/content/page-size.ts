/**
 * Bounds on the pages the content script reads at all. The article finder walks the whole
 * page in one go (and recursively); past these a page is a data dump, a book or a trap, and
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

/** Elements visited between two chances to pause. */
const STEP = 2_000;

/**
 * Walks the document's elements once (a loop, never a recursion) in pausable steps and tells
 * whether the page is within `limits`. Stops at the first limit passed.
 */
export function* measurePageSize(doc: Document, limits: PageLimits = PAGE_LIMITS): Generator<void, TooLarge> {
  if ((doc.body?.textContent?.length ?? 0) > limits.textChars) return 'text';
  let element: Element | null = doc.documentElement;
  let depth = 0;
  let count = 0;
  while (element) {
    count += 1;
    if (count > limits.elements) return 'elements';
    if (depth > limits.depth) return 'depth';
    if (count % STEP === 0) yield;
    const child: Element | null = element.firstElementChild;
    if (child) {
      element = child;
      depth += 1;
      continue;
    }
    while (element && !element.nextElementSibling) {
      element = element.parentElement;
      depth -= 1;
    }
    element = element?.nextElementSibling ?? null;
  }
  return null;
}
