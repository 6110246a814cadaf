/**
 * The publication day: JSON-LD, then <meta>, then the page's visible date marks, then a date line set
 * by the headline, then a date in the article's URL path.
 */
import { findVisibleDate, toIsoDay } from './dates';
import { type PageMarks, scopedFirst } from './find-marked';
import { stringOf } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { shortTextOf } from './short-text';
import { nextInLight } from './tree';

const META_DATES = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc:date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.issued',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'date',
  'og:article:published_time',
  'article:modified_time',
  'datemodified',
];

const DATELINE_MAX_CHARS = 200;

/**
 * A date line next to the headline ("<h1>…</h1><p>January 22, 2014</p>", "最終更新日：2019年4月2日"):
 * the short elements just after the article's <h1>, or after the header holding it, or just before it.
 */
export function findDatelineNearHeadline(
  marks: PageMarks,
  scope: Element | null,
  dayFirst: boolean,
): string | null {
  const headline = scopedFirst(marks.h1, scope)[0];
  let node: Element | null = headline ?? null;
  for (let level = 0; node && level < 3 && node.tagName !== 'BODY'; level++, node = node.parentElement) {
    const near = [node.previousElementSibling];
    for (let s = node.nextElementSibling, i = 0; s && i < 3; s = s.nextElementSibling, i++) near.push(s);
    for (const el of near) {
      const text = el ? shortTextOf(el, DATELINE_MAX_CHARS) : null;
      if (text === null) continue;
      const found = toIsoDay(text, dayFirst);
      if (found) return found;
    }
  }
  return null;
}

/** How far past the headline a date line may sit: the article header's elements, not the body's. */
const HEADER_SCAN = 80;
const HEADER_LINE_MAX_CHARS = 100;
/** A paragraph this long is the body: the header is over. */
const BODY_TEXT_CHARS = 200;

/**
 * A date line anywhere in the header after the headline, however deep the layout nests it
 * ("<h1>…</h1>…<div><div><span>Updated: Dec 15, 2016</span></div></div>"): the short text-only
 * elements that follow the headline in reading order, up to the body's first paragraph.
 */
export function findDateAfterHeadline(
  marks: PageMarks,
  scope: Element | null,
  dayFirst: boolean,
): string | null {
  const headline = scopedFirst(marks.h1, scope)[0];
  const root = headline?.ownerDocument.body;
  if (!headline || !root) return null;
  let el = nextInLight(headline, root, false);
  for (let seen = 0; el && seen < HEADER_SCAN; seen++) {
    const tag = el.tagName;
    const skip = tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT';
    if (!skip && !el.firstElementChild) {
      const text = el.textContent ?? '';
      if (tag === 'P' && text.length > BODY_TEXT_CHARS) return null;
      if (text.length <= HEADER_LINE_MAX_CHARS) {
        const found = toIsoDay(text, dayFirst);
        if (found) return found;
      }
    }
    el = nextInLight(el, root, !skip);
  }
  return null;
}

/** "/2016/12/15/slug", "/2016-12-15-slug": the day many sites put in their article URLs. */
const URL_DAY = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/;

export function dateInUrl(url: string | null): string | null {
  const m = url?.match(URL_DAY);
  return m ? toIsoDay(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`) : null;
}

/** A declared instant in UTC with its clock time: "2020-02-25T02:25:54Z", "2020-02-25T02:25:54+00:00". */
const UTC_INSTANT = /^\s*\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$/i;
const DAY_MS = 86_400_000;

/**
 * The day the page shows for a declared UTC instant. Metadata often stores the moment in UTC while
 * the page prints its local day: 02:25 UTC is the evening before in the Americas, 23:00 UTC the next
 * morning in Europe and Asia. A date line by the headline naming the day before (with a UTC time
 * before noon) or after (from 10:00 UTC, the most a time zone is ahead) is that local day.
 * Midnight is a bare date stored as an instant, not a moment of the day.
 */
function localDay(raw: string, declared: string, shown: () => string | null): string {
  const m = raw.match(UTC_INSTANT);
  if (!m || (m[1] === '00' && m[2] === '00')) return declared;
  const day = shown();
  if (!day) return declared;
  const hour = +m[1]!;
  const diff = (Date.parse(day) - Date.parse(declared)) / DAY_MS;
  return (diff === -1 && hour < 12) || (diff === 1 && hour >= 10) ? day : declared;
}

/** An instant written with its local offset ("2017-02-23T17:18:13-08:00"): the clock of the place it was written. */
const OFFSET_INSTANT = /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-](?!00:?00)\d{2}:?\d{2}\s*$/;

/**
 * The local day of a UTC instant, where the page declares the same instant elsewhere with its
 * local offset (JSON-LD in UTC, article:published_time in the newsroom's time): that one's day.
 */
function sameInstantLocally(raw: string, others: (string | null)[]): string | null {
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return null;
  const local = others.find((o) => o && OFFSET_INSTANT.test(o) && Date.parse(o) === at);
  return local ? toIsoDay(local) : null;
}

export function readPublished(
  ld: Record<string, unknown> | null,
  meta: MetaTags,
  marks: () => PageMarks,
  scope: Element | null,
  dayFirst: boolean,
  url: string | null,
): string | null {
  const declaredDates = [
    stringOf(ld?.datePublished),
    stringOf(ld?.dateCreated),
    firstMeta(meta, ...META_DATES),
    stringOf(ld?.dateModified),
  ];
  const raw = declaredDates.find((value) => toIsoDay(value) !== null);
  const declared = toIsoDay(raw);
  if (raw && declared)
    return localDay(
      raw,
      declared,
      () =>
        sameInstantLocally(raw, declaredDates) ??
        findDatelineNearHeadline(marks(), scope, dayFirst) ??
        findDateAfterHeadline(marks(), scope, dayFirst),
    );
  return (
    findVisibleDate(marks(), scope, dayFirst) ??
    findDatelineNearHeadline(marks(), scope, dayFirst) ??
    findDateAfterHeadline(marks(), scope, dayFirst) ??
    dateInUrl(url)
  );
}
