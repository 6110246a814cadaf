import { describeTextRange } from '../engine/anchor/selectors';
import type { AnnotateResult } from '../engine/types';
import type { AutoAnnotationInput, PageAnnotatedMessage, PageInput } from '../shared/messages';
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

/** The message that tells the background what this visit found. */
export function pageAnnotatedMessage(result: AnnotateResult, location: string): PageAnnotatedMessage {
  return {
    type: 'content/page-annotated',
    page: pageInput(result, location),
    annotations: autoAnnotations(result),
  };
}
