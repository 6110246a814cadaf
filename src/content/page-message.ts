import { describeTextRange } from '../engine/anchor/selectors';
import type { AnnotateResult } from '../engine/types';
import type { AutoAnnotationInput, PageAnnotatedMessage, PageInput } from '../shared/messages';
import { RECORD_PART_SIZE } from '../shared/messages-content';
import { httpPageKey, pageKey } from '../shared/page-url';

/** The page's canonical link as an http(s) page key (relative to `base`), or null. */
function canonicalKey(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    return httpPageKey(new URL(href, base).href);
  } catch {
    return null;
  }
}

export function pageInput(result: AnnotateResult, location: string): PageInput {
  const { article } = result;
  return {
    url: pageKey(location),
    canonicalUrl: canonicalKey(article.url, location),
    title: article.title,
    site: article.siteName ?? new URL(location).hostname,
    lang: article.lang,
    published: article.published,
    byline: article.byline,
  };
}

/** The engine's annotations with their W3C selectors; a range outside the text is dropped, not sent. */
export function autoAnnotations(result: AnnotateResult): AutoAnnotationInput[] {
  const { text } = result.article;
  return result.annotations
    .filter((a) => a.start >= 0 && a.end > a.start && a.end <= text.length)
    .map((a) => ({ ...a, selectors: describeTextRange(text, a.start, a.end) }));
}

/**
 * The messages that tell the background what this visit found: the annotations in parts of
 * RECORD_PART_SIZE (one part when there are none), each naming the page and the record `set`.
 */
export function pageAnnotatedParts(
  result: AnnotateResult,
  location: string,
  set: string,
): PageAnnotatedMessage[] {
  const page = pageInput(result, location);
  const annotations = autoAnnotations(result);
  const count = Math.max(1, Math.ceil(annotations.length / RECORD_PART_SIZE));
  return Array.from({ length: count }, (_, index) => ({
    type: 'content/page-annotated',
    page,
    part: { set, index, count },
    annotations: annotations.slice(index * RECORD_PART_SIZE, (index + 1) * RECORD_PART_SIZE),
  }));
}
