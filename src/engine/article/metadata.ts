/**
 * Article metadata, most trustworthy source first: JSON-LD, then Dublin Core / OpenGraph / <meta>,
 * then the visible page (<time>, bylines, date lines) as a last resort.
 */
import { runToEnd, type Steps } from '../steps';
import type { ArticleMetadata } from '../types';
import { readBylineSteps } from './byline';
import { decodeCharRefs } from './char-refs';
import { DATE_REGEXPS } from './dates';
import { isHidden } from './dom-stats';
import { collectMarksSteps, type PageMarks, scopedFirst } from './find-marked';
import { firstSubheading, headerHeading, visibleHeadline } from './headline';
import { type JsonLd, nameOf, readJsonLdSteps, stringOf } from './json-ld';
import { compileSteps } from './lazy-regexp';
import { firstMeta, type MetaTags, readMetaTags } from './meta-tags';
import { readPublished } from './published';
import { foldText } from './text-compare';
import {
  addsSubtitle,
  cleanTitle,
  hasEmptySlot,
  isSiteName,
  partShownAsHeading,
  TITLE_REGEXPS,
  titleHoldsHeading,
} from './title';

export interface PageSignals {
  jsonLd: JsonLd;
  meta: MetaTags;
  /** The visible marks, walked for only when metadata leaves a gap. */
  marks: () => PageMarks;
  /** The same walk in steps (collectMarksSteps), for the first to need them; then marks() has them at once. */
  marksSteps: () => Steps<PageMarks>;
}

export function readSignals(doc: Document): PageSignals {
  return runToEnd(readSignalsSteps(doc));
}

/** readSignals in steps (same result): the JSON-LD blocks one by one, then the <meta> tags. */
export function* readSignalsSteps(doc: Document): Steps<PageSignals> {
  const jsonLd = yield* readJsonLdSteps(doc);
  yield;
  let marks: PageMarks | null = null;
  function* marksSteps(): Steps<PageMarks> {
    marks ??= yield* collectMarksSteps(doc.body ?? doc.documentElement);
    return marks;
  }
  return {
    jsonLd,
    meta: readMetaTags(doc),
    marks: () => runToEnd(marksSteps()),
    marksSteps,
  };
}

/** The page's summary of the article, which many sites also print as its dek. */
export function readDescription(signals: PageSignals): string | null {
  return decoded(
    firstMeta(signals.meta, 'og:description', 'description', 'twitter:description') ??
      stringOf(signals.jsonLd.article?.description),
  );
}

function jsonLdTitle(ld: Record<string, unknown>, docTitle: string): string | null {
  const headline = stringOf(ld.headline);
  const name = stringOf(ld.name);
  if (headline && name && headline !== name) {
    // Readability's rule: of two differing names, the one closer to the page's <title>.
    const folded = foldText(docTitle);
    return folded.includes(foldText(name)) && !folded.includes(foldText(headline)) ? name : headline;
  }
  return headline ?? name;
}

/** Metadata text as a browser would show it: character references decoded, even double-encoded ones. */
function decoded(value: string | null | undefined): string | null {
  return value ? decodeCharRefs(value).trim() || null : null;
}

/** The page's first shown <h1> when it is plain text: one holding a link or picture is a logo. */
function plainHeading(h1s: Element[], scope: Element | null): string | null {
  const h = scopedFirst(h1s, scope).find((el) => !isHidden(el) && (el.textContent ?? '').trim());
  if (!h || h.querySelector('a, img, svg') || h.closest('a')) return null;
  return (
    decodeCharRefs(h.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim() || null
  );
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  const m = url.match(/^https?:\/\/(?:www\.)?([^/:]+)/i);
  return m ? m[1]!.replace(/\.[a-z]{2,3}(\.[a-z]{2})?$/i, '') : null;
}

export function readLang(doc: Document, meta: MetaTags): string | null {
  const raw =
    doc.documentElement.getAttribute('lang') ??
    doc.documentElement.getAttribute('xml:lang') ??
    firstMeta(meta, 'content-language', 'og:locale', 'language', 'dc.language');
  const code = raw
    ?.trim()
    .toLowerCase()
    .match(/^[a-z]{2,3}/)?.[0];
  return code ?? null;
}

export function readMetadata(
  doc: Document,
  signals: PageSignals,
  scope: Element | null,
  top: Element | null = null,
): ArticleMetadata {
  return runToEnd(readMetadataSteps(doc, signals, scope, top));
}

/**
 * readMetadata in steps (same result): the walk for the page's marks, the title (in parts), the
 * byline and the date, with a yield between; cold in a browser (its regular expressions compiled on first
 * use) the whole took up to ~20 ms of CPU on a big page, too much for one task.
 */
export function* readMetadataSteps(
  doc: Document,
  signals: PageSignals,
  scope: Element | null,
  top: Element | null = null,
): Steps<ArticleMetadata> {
  // Read below whatever the page holds (the headline), so walking for them first costs nothing more.
  yield* signals.marksSteps();
  yield;
  // The title's tests compiled first, in steps of their own (see compileSteps).
  yield* compileSteps(TITLE_REGEXPS);
  const ld = signals.jsonLd.article;
  const meta = signals.meta;
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? firstMeta(meta, 'og:url');
  const siteName = decoded(
    firstMeta(meta, 'og:site_name', 'application-name', 'twitter:site:name') ?? nameOf(ld?.publisher),
  );
  const docTitle = decoded(doc.title?.trim()) ?? '';
  const host = hostOf(canonical ?? doc.URL);
  // A "title" that is only the site's name says nothing of the article.
  const metaTitle = [
    ld ? jsonLdTitle(ld, docTitle) : null,
    firstMeta(
      meta,
      'dc:title',
      'dcterm:title',
      'dc.title',
      'dcterms.title',
      'og:title',
      'weibo:article:title',
      'title',
      'twitter:title',
      'parsely-title',
      'sailthru.title',
    ),
  ]
    .map(decoded)
    .find((t) => t && !isSiteName(t, siteName, host));
  // The title is read in parts, a yield between: cold, on a large page, it took up to ~14 ms of
  // CPU in one step (each part's code and regular expressions compiled on first use).
  yield;
  // The article's own <h1>s first, then the page's.
  const headings = (): string[] =>
    scopedFirst(signals.marks().h1, scope)
      .slice(0, 3)
      .map((h) => decodeCharRefs(h.textContent ?? ''));
  const rawTitle = metaTitle ?? docTitle;
  const cleaned = rawTitle ? cleanTitle(rawTitle, siteName, host, headings, !metaTitle) || null : null;
  yield;
  // The headline the article shows, when the page's <title> says it too, wins over a share-card
  // rewrite in og:title or JSON-LD: two visible sources against one written for social feeds. One
  // holding the other is a label or site around the headline, which cleanTitle has already weighed.
  const headline = visibleHeadline(signals.marks().h1, scope, siteName, host);
  const h = headline ? foldText(headline) : '';
  yield;
  // A metadata title holding every word of the headline and more is not a rewrite: the <h1> is a
  // label cut down from it.
  const rewrittenFrom = (t: string, shown: string): boolean => {
    const s = foldText(shown);
    return !foldText(t).includes(s) && !s.includes(foldText(t)) && !titleHoldsHeading(t, shown);
  };
  const rewritten = (t: string): boolean => rewrittenFrom(t, headline ?? '');
  // The heading of the article's own <header>, set before its body, is the headline as shown: where
  // the metadata titles (<title> and og:title alike) say something else, they were written for
  // search and share cards.
  const header = headerHeading(scope, top, siteName, host);
  yield;
  // An <h1> that is not the headline (a section's name) leaves the headline to the first subheading;
  // where that is the metadata title and a subtitle set off after it, the page shows it whole.
  const subtitled = (t: string | null): string | null => {
    if (!t || !metaTitle || (headline && foldText(t) === h)) return null;
    const sub = firstSubheading(scope, siteName, host);
    return sub && addsSubtitle(sub, t) ? sub : null;
  };
  // No metadata title and a <title> whose headline slot is empty ("Site Name -"): what is left is
  // the site's name, and the article's own headline, an <h1> or else its first subheading, is the title.
  const emptySlot = !metaTitle && hasEmptySlot(docTitle);
  const url = canonical ?? doc.URL ?? null;
  // "Artist – Song" with the song as the <h1> and in the address: the part the page shows.
  const shownPart = rawTitle
    ? partShownAsHeading(rawTitle, plainHeading(signals.marks().h1, scope), url)
    : null;
  yield;
  const title = shownPart
    ? shownPart
    : header && cleaned && rewrittenFrom(cleaned, header)
      ? header
      : emptySlot
        ? (headline ?? firstSubheading(scope, siteName, host) ?? cleaned)
        : headline && foldText(docTitle).includes(h) && (!cleaned || rewritten(cleaned))
          ? headline
          : (subtitled(cleaned) ?? cleaned);

  yield;
  const byline = yield* readBylineSteps(ld, meta, signals.marks, scope, { siteName, host });
  yield;
  // The dates' tests, used from here on (and by the lead and the blocks after), compiled likewise.
  yield* compileSteps(DATE_REGEXPS);
  const lang = readLang(doc, meta);
  const dayFirst = !(
    lang === 'en' && !/^en-(gb|au|nz|ie|in|za)/i.test(doc.documentElement.getAttribute('lang') ?? '')
  );
  const published = readPublished(ld, meta, signals.marks, scope, dayFirst, url);

  return { title, byline, published, lang, siteName, url: canonical ?? null };
}
