import type { ArticleMetadata } from '../types';

const ARTICLE_TYPES =
  /^(News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$/;

type JsonObject = Record<string, unknown>;

function asObjects(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(asObjects);
  if (value && typeof value === 'object') {
    const obj = value as JsonObject;
    return [obj, ...(obj['@graph'] ? asObjects(obj['@graph']) : [])];
  }
  return [];
}

function typesOf(obj: JsonObject): string[] {
  const type = obj['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name);
  return null;
}

/** The first JSON-LD object on the page that describes an article. */
export function findJsonLdArticle(doc: Document): JsonObject | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? '');
      const found = asObjects(parsed).find((obj) => typesOf(obj).some((t) => ARTICLE_TYPES.test(t)));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still speak.
    }
  }
  return null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** Dates as ISO 8601; "04/01/2024 15:30" is read day-first. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = text.match(/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/);
  if (iso) return iso[0].replace(' ', 'T');
  const dmy = text.match(/(\d{1,2})\/(\d{1,2})\/(\d{4})/);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function titleFromDocument(doc: Document, siteName: string | null): string | null {
  const raw = doc.title?.trim();
  if (!raw) return null;
  if (siteName && raw.endsWith(siteName))
    return raw
      .slice(0, -siteName.length)
      .replace(/\s*[|\-–—:]\s*$/, '')
      .trim();
  return raw.replace(/\s+[|–—-]\s+[^|–—-]+$/, '').trim();
}

export function readMetadata(doc: Document): ArticleMetadata {
  const ld = findJsonLdArticle(doc);
  const siteName = meta(doc, 'og:site_name', 'application-name') ?? nameOf(ld?.publisher) ?? null;
  const title =
    nameOf(ld?.headline) ??
    meta(doc, 'og:title', 'twitter:title', 'dc.title', 'DC.title') ??
    titleFromDocument(doc, siteName);
  const byline =
    nameOf(ld?.author) ??
    meta(doc, 'author', 'article:author', 'dc.creator', 'DC.creator', 'byl')?.replace(/^(By|Theo)\s+/i, '') ??
    null;
  const published = toIsoDate(
    (typeof ld?.datePublished === 'string' ? ld.datePublished : null) ??
      meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'dc.date', 'DC.date', 'date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  );
  const lang =
    (doc.documentElement.getAttribute('lang') ?? meta(doc, 'og:locale', 'language'))
      ?.slice(0, 2)
      .toLowerCase() ?? null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  return { title, byline, published, lang, siteName, url: canonical ?? null };
}
