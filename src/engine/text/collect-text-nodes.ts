import type { ArticleBlock } from '../types';

/** Elements whose text a reader never sees as article prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'svg',
  'SVG',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isSkippedElement(el: Element, skip: ReadonlySet<Element>): boolean {
  if (SKIPPED_TAGS.has(el.tagName) || skip.has(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

/**
 * The visible text nodes under a block, in document order; a <br> stands as a detached Text
 * node holding one space. A loop, not a recursion: a page may nest its text thousands deep.
 */
export function collectTextNodes(block: ArticleBlock): Text[] {
  const root = block.element;
  const skip = new Set(block.skip ?? []);
  const out: Text[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) out.push(node as Text);
    else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (el.tagName === 'BR')
        out.push(el.ownerDocument.createTextNode(' ')); // a line break reads as a space
      else if (el.firstChild && !isSkippedElement(el, skip)) {
        node = el.firstChild;
        continue;
      }
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return out;
}
