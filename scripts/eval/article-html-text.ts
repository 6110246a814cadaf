/** Text of an HTML fragment with a break at every block boundary, so words of adjacent blocks never glue. */
import { JSDOM } from 'jsdom';

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'FONT',
  'LABEL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function blockTextOf(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        const inline = INLINE.has(el.tagName);
        if (!inline) parts.push('\n');
        walk(el);
        if (!inline) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts.join('');
}

export function blockTextOfHtml(html: string): string {
  return blockTextOf(JSDOM.fragment(html));
}
