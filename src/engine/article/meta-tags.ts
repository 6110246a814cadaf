/**
 * All <meta> values of a page, read once: keys from property/name/itemprop (space-separated lists too),
 * lower-cased, each to its first value.
 */
export class MetaTags extends Map<string, string> {
  /** Every distinct value of a key set more than once: pages give several authors a tag each. */
  readonly repeated = new Map<string, string[]>();
}

/**
 * A <meta>'s value: `content`, or `value` where a page (or a tool that saved it) wrote that instead;
 * browsers ignore the latter, but it is the author's metadata all the same.
 */
export function metaValue(el: Element): string | null {
  return el.getAttribute('content') ?? (el.tagName === 'META' ? el.getAttribute('value') : null);
}

export function readMetaTags(doc: Document): MetaTags {
  const tags = new MetaTags();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = metaValue(el)?.trim();
    if (!content) continue;
    const keys = `${el.getAttribute('property') ?? ''} ${el.getAttribute('name') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/)) {
      if (!key) continue;
      const first = tags.get(key);
      if (first === undefined) tags.set(key, content);
      else if (first !== content) {
        const all: string[] = tags.repeated.get(key) ?? [first];
        if (!all.includes(content)) all.push(content);
        tags.repeated.set(key, all);
      }
    }
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
