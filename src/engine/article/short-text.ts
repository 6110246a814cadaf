/**
 * An element's text when it is short, without building the text of a long one. `textContent` on
 * an element beside the headline can be the whole article body (a megabyte on the largest pages):
 * building that string only to find it too long was one of the content script's longest tasks.
 */

const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** `el.textContent` when it is at most `max` characters, else null; stops at the first character over. */
export function shortTextOf(el: Element, max: number): string | null {
  let text = '';
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      text += (node as CharacterData).data;
      if (text.length > max) return null;
    }
    // Depth first over the light tree (what textContent reads), by a loop: depth costs no stack.
    let next: Node | null = node.firstChild;
    while (!next && node && node !== el) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    if (!next) break;
    node = next;
  }
  return text;
}
