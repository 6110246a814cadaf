import { runToEnd, type Steps } from '../steps';

/** JSON-LD: the object that describes the article, wherever the page put it (@graph, arrays, nested mainEntity). */
type JsonObject = Record<string, unknown>;

// Article, NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, BlogPosting, LiveBlogPosting, Report...
const ARTICLE_TYPES = /^[A-Za-z]*Article$|^[A-Za-z]*Posting$|^Report$/;

function asObjects(value: unknown, depth = 0): JsonObject[] {
  if (depth > 4) return [];
  if (Array.isArray(value)) return value.flatMap((v) => asObjects(v, depth + 1));
  if (value && typeof value === 'object') {
    const obj = value as JsonObject;
    const nested = [obj['@graph'], obj.mainEntity, obj.mainEntityOfPage].filter(
      (v) => v && typeof v === 'object',
    );
    return [obj, ...nested.flatMap((v) => asObjects(v, depth + 1))];
  }
  return [];
}

export function typesOf(obj: JsonObject): string[] {
  const type = obj['@type'];
  return (Array.isArray(type) ? type : [type])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(https?:\/\/)?schema\.org\//, ''));
}

export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = [...new Set(value.map(nameOf).filter((n): n is string => !!n))];
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name);
  return null;
}

export function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

export interface JsonLd {
  /** The article object, if the page declares one. */
  article: JsonObject | null;
  /** Every type declared on the page (WebPage, VideoObject, CollectionPage...). */
  types: Set<string>;
}

/** Pages wrap their JSON in CDATA or HTML comments, or leave raw control characters in strings. */
function parseLoose(raw: string): unknown {
  const text = raw.replace(/^\s*(<!\[CDATA\[|<!--)|(\]\]>|-->)\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
  }
}

export function readJsonLd(doc: Document): JsonLd {
  return runToEnd(readJsonLdSteps(doc));
}

/**
 * readJsonLd in steps (same result): a yield after each block parsed, and every 64 scripts looked
 * at. A page may hold many blocks, some of tens of KB (a site's whole catalogue), and all were
 * parsed in the first step of the article finder.
 */
export function* readJsonLdSteps(doc: Document): Steps<JsonLd> {
  const types = new Set<string>();
  let article: JsonObject | null = null;
  let seen = 0;
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (++seen % 64 === 0) yield;
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let parsed: unknown;
    let broken = false;
    try {
      parsed = parseLoose(script.textContent ?? '');
    } catch {
      broken = true; // a broken block is common on real pages; the other sources still speak
    }
    yield;
    if (broken) continue;
    for (const obj of asObjects(parsed)) {
      const objTypes = typesOf(obj);
      for (const t of objTypes) types.add(t);
      if (!article && objTypes.some((t) => ARTICLE_TYPES.test(t))) article = obj;
    }
  }
  return { article, types };
}
