/** Tag sets and class/id hints that say what a part of a page is, without asking for styles. */
import type { BlockKind } from '../types';

/** Never text of the article, never walked. */
export const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'LINK',
  'META',
  'HEAD',
  'MAP',
  'AUDIO',
  'VIDEO',
  'math',
  'DIALOG',
]);

/** Page furniture by its tag. */
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIELDSET', 'MENU']);

/** Elements that start a new block when they appear among inline content. */
export const BLOCK_LEVEL = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'UL',
  'CENTER',
  'SUMMARY',
  'CAPTION',
]);

export const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export const KIND_BY_TAG: Record<string, BlockKind> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  BLOCKQUOTE: 'quote',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  PRE: 'preformatted',
};

/** Parts of a page that are almost never the article (Readability's list, plus a few common in Vietnamese news). */
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|newsletter|subscribe|tin-?lien-?quan|tincungmuc|box-?tin|hotline/i;
/** ...unless the same class also says it holds content. */
export const MAYBE_CONTENT = /and|article|body|column|content|main|mathjax|shadow|detail/i;

export const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail|sapo|chitiet|noidung/i;
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|tincungmuc|lienquan/i;

/** Furniture inside the article's container: shown near the text but not the text. */
export const IN_ARTICLE_FURNITURE =
  /(^|[\s_-])(share|sharing|social|related|recommend(ed|ations)?|comments?|newsletter|subscribe|signup|promo|advert(isement)?|ads?|adv|banner|sponsor(ed)?|tags?|tag-?list|keywords?|breadcrumbs?|byline|author|authors|dateline|timestamp|date|time|publish(ed)?|toolbar|tools|print|rating|vote|poll|read-?more|more-?stories|see-?also|also-?read|outbrain|taboola|nocontent|hidden|sr-only|visually-?hidden|screen-?reader-?text|tin-?lien-?quan|tinlienquan|box-?tin|source|nguon|credits?)([\s_-]|$)/i;

/** The lead (sapo, standfirst) by its class or id. */
export const LEAD_HINT =
  /(^|[\s_-])(sapo|lead|leadin|lede|standfirst|summary|description|desc|excerpt|intro|dek|deck|chapo|subtitle|sub-?title|teaser|abstract)([\s_-]|$)/i;

/** Inline style that hides an element (cheap check on the attribute, no computed style). */
export const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function hintOf(el: Element): string {
  const cls = el.getAttribute('class');
  return cls ? `${cls} ${el.id}` : el.id;
}

/** Comment threads: never the article, whether or not class hints are trusted. */
const COMMENTS = /(^|[\s_-])(comments?|comment-?list|disqus|replies|respond)([\s_-]|$)/i;

/** A class/id hint (hintOf) that names a comment thread or a part of one. */
export function isCommentThread(hint: string): boolean {
  return hint.length > 0 && !MAYBE_CONTENT.test(hint) && COMMENTS.test(hint);
}

/** Readability's class weight: +25 for a content hint, -25 for a furniture hint, for class and id each. */
export function classWeight(el: Element): number {
  let weight = 0;
  const cls = el.getAttribute('class');
  if (cls) {
    if (NEGATIVE.test(cls)) weight -= 25;
    if (POSITIVE.test(cls)) weight += 25;
  }
  const id = el.id;
  if (id) {
    if (NEGATIVE.test(id)) weight -= 25;
    if (POSITIVE.test(id)) weight += 25;
  }
  return weight;
}
