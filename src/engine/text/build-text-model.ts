import type { ArticleBlock, TextBlock, TextModel, TextSegment } from '../types';

/** Between blocks: a blank line, as in the CLI contract. */
export const BLOCK_SEPARATOR = '\n\n';

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

// Zero-width characters and soft hyphens carry no reading value and split words for the analyzers.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/;
const WHITESPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

function isSkippedElement(el: Element, skip: ReadonlySet<Element>): boolean {
  if (SKIPPED_TAGS.has(el.tagName) || skip.has(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

/** Collects the visible text nodes under a block, in document order. */
function collectTextNodes(block: ArticleBlock): Text[] {
  const skip = new Set(block.skip ?? []);
  const out: Text[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) out.push(child as Text);
      else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (el.tagName === 'BR')
          out.push(el.ownerDocument.createTextNode(' ')); // a line break reads as a space
        else if (!isSkippedElement(el, skip)) walk(el);
      }
    }
  };
  walk(block.element);
  return out;
}

/**
 * Builds one string from the blocks: white space folded to one space, invisible characters
 * dropped, NFC composed, blocks separated by a blank line. Every character that comes from
 * the page keeps a link to its Text node, so offsets map back onto the live DOM.
 */
export function buildTextModel(articleBlocks: readonly ArticleBlock[]): TextModel {
  const parts: string[] = [];
  let length = 0;
  const blocks: TextBlock[] = [];
  const segments: TextSegment[] = [];

  for (const block of articleBlocks) {
    const blockStart = length + (blocks.length > 0 ? BLOCK_SEPARATOR.length : 0);
    let blockLength = 0;
    let pendingSpace = false;
    const blockParts: string[] = [];
    const blockSegments: TextSegment[] = [];
    let current: TextSegment | null = null;

    const emit = (
      chars: string,
      node: Text | null,
      nodeStart: number,
      nodeEnd: number,
      exact: boolean,
    ): void => {
      if (pendingSpace && blockLength > 0) {
        blockParts.push(' ');
        blockLength += 1;
        current = null;
      }
      pendingSpace = false;
      const start = blockStart + blockLength;
      blockParts.push(chars);
      blockLength += chars.length;
      if (!node) {
        current = null;
        return;
      }
      if (
        exact &&
        current &&
        current.node === node &&
        current.end === start &&
        current.nodeEnd === nodeStart
      ) {
        current.end += chars.length;
        current.nodeEnd = nodeEnd;
        return;
      }
      const segment: TextSegment = { start, end: start + chars.length, node, nodeStart, nodeEnd };
      blockSegments.push(segment);
      current = exact ? segment : null;
    };

    for (const node of collectTextNodes(block)) {
      const data = node.data;
      const synthetic = !node.parentNode; // the space standing for a <br>
      const composed = data.normalize('NFC') === data;
      // Walk by grapheme-ish clusters (a base and its combining marks) so NFC never splits a letter.
      const clusters = composed ? data : (data.match(/\P{M}\p{M}*|\p{M}+/gu) ?? []);
      let nodeOffset = 0;
      for (const cluster of clusters) {
        const width = cluster.length;
        if (WHITESPACE.test(cluster[0]!)) pendingSpace = true;
        else if (!INVISIBLE.test(cluster)) {
          const nfc = composed ? cluster : cluster.normalize('NFC');
          if (synthetic) emit(nfc, null, 0, 0, false);
          else emit(nfc, node, nodeOffset, nodeOffset + width, nfc.length === width);
        }
        nodeOffset += width;
      }
      current = null;
    }

    if (blockLength === 0) continue;
    if (blocks.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    // One string per block, and no spread: a long paragraph has a part per character, more
    // than a call's argument list can hold ("Maximum call stack size exceeded").
    parts.push(blockParts.join(''));
    length += blockLength;
    blocks.push({ kind: block.kind, start: blockStart, end: blockStart + blockLength });
    for (const segment of blockSegments) segments.push(segment);
  }

  return { text: parts.join(''), blocks, segments };
}
