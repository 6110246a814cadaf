/** All <meta> values of a page, read once: keys from property/name/itemprop (space-separated lists too), lower-cased. */
export type MetaTags = Map<string, string>;

/**
 * A <meta>'s value: `content`, or `value` where a page (or a tool that saved it) wrote that instead;
 * browsers ignore the latter, but it is the author's metadata all the same.
 */
export function metaValue(el: Element): string | null {
  return el.getAttribute('content') ?? (el.tagName === 'META' ? el.getAttribute('value') : null);
}

export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = metaValue(el)?.trim();
    if (!content) continue;
    const keys = `${el.getAttribute('property') ?? ''} ${el.getAttribute('name') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/)) if (key && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}
