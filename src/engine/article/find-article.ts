import type { FoundArticle } from '../types';
import { findArticleRoot, findBlocks } from './find-blocks';
import { readMetadata } from './metadata';

/** Enough prose to be an article rather than a list of links. */
const MIN_ARTICLE_CHARS = 400;

/** Finds the article on a page: metadata, body blocks, and whether it is an article at all. */
export function findArticle(doc: Document): FoundArticle {
  const metadata = readMetadata(doc);
  const root = findArticleRoot(doc);
  const blocks = root ? findBlocks(root) : [];
  const prose = blocks.reduce(
    (sum, b) => sum + (b.kind === 'paragraph' ? (b.element.textContent ?? '').length : 0),
    0,
  );
  return { ...metadata, isArticle: prose >= MIN_ARTICLE_CHARS, blocks };
}
