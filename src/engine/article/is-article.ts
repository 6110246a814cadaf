/**
 * Is this page one article? Prose decides: several real paragraphs, enough text outside links.
 * Declarations help at the margin (an Article in JSON-LD), never alone, since section pages of
 * many news sites also say og:type=article.
 */
import type { ArticleBlock } from '../types';
import { linkDensity, type PageStats } from './dom-stats';

const LIST_PAGE_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|ProfilePage|VideoObject)$/;
export const MIN_PROSE_CHARS = 500;

export interface ProseMeasure {
  prose: number;
  longParagraphs: number;
  longestBlock: number;
  /** Headings that are nothing but a link: the teasers of a list page. */
  linkedHeadings: number;
  blocks: number;
}

export function measureProse(blocks: ArticleBlock[], page: PageStats): ProseMeasure {
  let prose = 0;
  let longParagraphs = 0;
  let longestBlock = 0;
  let linkedHeadings = 0;
  for (const b of blocks) {
    const s = page.stats.get(b.element);
    if (s && b.kind === 'heading' && linkDensity(s) >= 0.8) linkedHeadings++;
    if (!s || b.kind === 'heading' || b.kind === 'caption') continue;
    const own = s.chars - s.linkChars;
    prose += own;
    if (own >= 80 && linkDensity(s) < 0.3) longParagraphs++;
    if (own > longestBlock) longestBlock = own;
  }
  return { prose, longParagraphs, longestBlock, linkedHeadings, blocks: blocks.length };
}

export function decideIsArticle(
  measure: ProseMeasure,
  declaredArticle: boolean,
  types: Set<string>,
): boolean {
  const listish = [...types].some((t) => LIST_PAGE_TYPES.test(t)) && !declaredArticle;
  // Short news items (a few hundred characters) are articles when the page says so.
  const minProse = declaredArticle ? 250 : listish ? 1000 : MIN_PROSE_CHARS;
  // One long block is an article too when it is text written straight into a container (text and <br>s).
  const paragraphs =
    measure.longParagraphs >= (declaredArticle ? 1 : 2) ||
    measure.longestBlock >= (declaredArticle ? 200 : 400);
  // Linked headline after linked headline, each with its teaser: a section page.
  // Teasers are short; an article with linked subheadings (a reviewed-games list) has long paragraphs.
  const others = Math.max(1, measure.blocks - measure.linkedHeadings);
  const teasers =
    measure.linkedHeadings >= 3 &&
    measure.linkedHeadings * 3 >= others &&
    measure.prose / Math.max(1, measure.longParagraphs) < 300;
  return measure.prose >= minProse && paragraphs && !teasers;
}
