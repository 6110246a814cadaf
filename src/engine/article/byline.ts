import { type PageMarks, scopedFirst } from './find-marked';

/** Author names: from metadata, else from the page's byline marks; "By", "Theo", "Bài:" and dates dropped. */
const LEADING =
  /^\s*(?:(?:written|posted|reported|words|story|text|analysis|photos?)\s+)?(?:by|theo|bài(?:\s*và\s*ảnh)?\s*:|tác giả\s*:|von|par|por|di)\s+/i;
const MAX_BYLINE_CHARS = 100;

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(text)) return null;
  text = text.replace(LEADING, '').replace(/^\s*[:\-–|]\s*/, '');
  text = text.replace(/\s*[|,·•–-]?\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}).*$/, '').trim();
  if (!text || text.length > MAX_BYLINE_CHARS || !/\p{L}/u.test(text)) return null;
  return text;
}

/** The first short visible byline mark inside `scope` (the article), else anywhere. */
export function findVisibleByline(marks: PageMarks, scope: Element | null): string | null {
  for (const el of scopedFirst([...marks.authorAttrs, ...marks.bylineClass], scope)) {
    const name = el.querySelector('[itemprop~="name"]') ?? el;
    const text = name.getAttribute('content') ?? name.textContent ?? '';
    if (text.trim().length > MAX_BYLINE_CHARS) continue;
    const found = cleanByline(text);
    if (found) return found;
  }
  return null;
}
