import * as v from 'valibot';
import { httpPageKey, pageKey } from '../page-url';
import { httpUrl, MAX_URL, nullableShortText, timestamp } from './fields';

/** What an article page is known by, as a content script describes it. */
const pageFields = {
  /** Whatever the page claims; kept only as an http(s) page key, so it never links to a script. */
  canonicalUrl: v.pipe(
    v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL))),
    v.transform((href) => (href === null ? null : httpPageKey(href))),
  ),
  title: nullableShortText,
  site: nullableShortText,
  lang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
  published: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  byline: nullableShortText,
};

/** A page as a content script sends it: its `url` must already be a page key (the background checks). */
export const PageInputSchema = v.object({ url: httpUrl, ...pageFields });

/** An http(s) address, stored under its page key as a visit would store it. */
export const pageKeyUrl = v.pipe(httpUrl, v.transform(pageKey));

/** One article page as the database keeps it (and as a backup carries it). */
export const PageRecordSchema = v.object({
  url: pageKeyUrl,
  ...pageFields,
  firstSeen: timestamp,
  lastSeen: timestamp,
});

export type PageInput = v.InferOutput<typeof PageInputSchema>;
export type PageRecord = v.InferOutput<typeof PageRecordSchema>;
