import type { ArticleBlock, BlockKind } from '../types';

/** Containers whose content is page furniture, never the article. */
const FURNITURE =
  'nav, aside, footer, header:not(article header), form, [role="navigation"], [role="complementary"], [role="contentinfo"]';
const FURNITURE_CLASS =
  /(^|[\s_-])(related|comment|share|social|sidebar|footer|breadcrumb|newsletter|promo|advert|ads?|banner|tags|meta|byline|author|menu|nav|hotline)([\s_-]|$)/i;

const BLOCK_TAGS: Record<string, BlockKind> = {
  P: 'paragraph',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  BLOCKQUOTE: 'quote',
  FIGCAPTION: 'caption',
  PRE: 'preformatted',
};

function isFurniture(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root.parentElement; node = node.parentElement) {
    if (node !== root && node.matches(FURNITURE)) return true;
    const cls = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (node !== root && FURNITURE_CLASS.test(cls)) return true;
  }
  return false;
}

/** The element holding the most paragraph text, counting each paragraph for its parent and grandparent. */
export function findArticleRoot(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const length = (p.textContent ?? '').trim().length;
    if (length < 25) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  const article = best?.closest('article');
  return article ?? best;
}

/** The article's blocks in reading order, innermost block elements only, without furniture. */
export function findBlocks(root: Element): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const el of Array.from(root.querySelectorAll(Object.keys(BLOCK_TAGS).join(',')))) {
    const kind = BLOCK_TAGS[el.tagName];
    if (!kind) continue;
    if (el.querySelector('p, li, blockquote, figcaption, h2, h3, h4, h5, h6')) continue; // a container: its children speak
    if (isFurniture(el, root)) continue;
    if (!(el.textContent ?? '').trim()) continue;
    blocks.push({ kind, element: el });
  }
  return blocks;
}
