/**
 * Normalisation and scoring for the article eval. One definition for every corpus:
 * - text: NFC, lower-case; tokens are runs of letters/digits (marks kept with their letter),
 *   except Han/Kana characters, which count one token each (those scripts have no spaces).
 * - body: bag-of-words precision / recall / F1 (multiset intersection of tokens).
 * - title: NFC, lower-case, punctuation stripped, white space folded; exact match
 *   (or prefix match where the gold only gives a prefix). Newsmark drops the site name by design
 *   ("Headline | Site" -> "Headline") while Readability's gold often keeps it, so a gold title
 *   also matches with one separator-delimited part removed at its end or start.
 * - byline: as title, with a leading "by"/"theo" dropped; a match when one holds the other's
 *   whole name at word boundaries (gold "Ann Lee, TIME" and "Ann Lee"; one author of several), the
 *   held side being the gold or a name of two words or more.
 * - date: the calendar day as written (first YYYY-MM-DD of the ISO string, no time-zone shift); a gold
 *   UTC instant (Mercury) matches any day some time zone (UTC-12 to UTC+14) gives it.
 * - content start: the gold's first words found in the text, spaces ignored (Mercury glues words);
 *   its first third may be missing (a photo credit Mercury keeps before the body).
 * Gold values have their character references decoded; found values are taken as returned, so an
 * entity left in a title is an error.
 */
import { decodeCharRefs } from '../../src/engine/article/char-refs';

const TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export function tokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(TOKEN) ?? [];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Raw counts, for micro averages. */
  common: number;
  found: number;
  gold: number;
}

function bag(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export function prfFromCounts(common: number, found: number, gold: number): Prf {
  const precision = found === 0 ? (gold === 0 ? 1 : 0) : common / found;
  const recall = gold === 0 ? 1 : common / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, common, found, gold };
}

export function bodyScore(found: string, gold: string): Prf {
  const foundBag = bag(tokens(found));
  const goldTokens = tokens(gold);
  let common = 0;
  let foundCount = 0;
  for (const n of foundBag.values()) foundCount += n;
  const goldBag = bag(goldTokens);
  for (const [t, n] of goldBag) common += Math.min(n, foundBag.get(t) ?? 0);
  return prfFromCounts(common, foundCount, goldTokens.length);
}

export function normaliseTitle(text: string | null | undefined): string {
  return tokens(text ?? '').join(' ');
}

const TITLE_SEPARATOR = /\s+[|\-–—·•»:]{1,2}\s+/g;

/** The gold title, and the gold title without its last or first separator-delimited part (a site name). */
function titleVariants(gold: string): string[] {
  const cuts = [...gold.matchAll(TITLE_SEPARATOR)];
  const variants = [gold];
  const last = cuts[cuts.length - 1];
  if (last) variants.push(gold.slice(0, last.index));
  const first = cuts[0];
  if (first) variants.push(gold.slice(first.index! + first[0].length));
  return variants.map(normaliseTitle).filter((v) => v.length > 0);
}

export function titleMatches(found: string | null | undefined, gold: string, prefixOnly = false): boolean {
  const f = normaliseTitle(found);
  if (!f) return false;
  const g = decodeCharRefs(gold);
  if (prefixOnly) return f.startsWith(normaliseTitle(g));
  return titleVariants(g).includes(f);
}

export function normaliseByline(text: string | null | undefined): string {
  return normaliseTitle(text).replace(/^(by|theo)\s+/, '');
}

export function bylineMatches(found: string | null | undefined, gold: string): boolean {
  const g = normaliseByline(decodeCharRefs(gold));
  const f = normaliseByline(found);
  if (!g || !f) return false;
  if (f === g || ` ${f} `.includes(` ${g} `)) return true;
  return f.includes(' ') && ` ${g} `.includes(` ${f} `);
}

/** "2015-07-24T05:36:09+01:00" / "2026-03-07 08:07" -> "2015-07-24"; a day-first "04/01/2024" too. */
export function calendarDay(text: string | null | undefined): string | null {
  if (!text) return null;
  const iso = text.match(/(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = text.match(/(\d{1,2})\/(\d{1,2})\/(\d{4})/);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return null;
}

const HOUR_MS = 3_600_000;

/** The days a UTC instant falls on somewhere (UTC-12 to UTC+14). */
function daysOfInstant(iso: string): string[] {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return [];
  const days = new Set<string>();
  for (let h = -12; h <= 14; h += 1) days.add(new Date(t + h * HOUR_MS).toISOString().slice(0, 10));
  return [...days];
}

export function dateMatches(found: string | null | undefined, gold: string, goldIsUtc = false): boolean {
  const f = calendarDay(found);
  if (f === null) return false;
  if (goldIsUtc) return daysOfInstant(gold).includes(f);
  return calendarDay(gold) === f;
}

/** Letters and digits only, spaces gone: text glued differently still compares equal. */
const squeeze = (text: string): string => tokens(text).join('');

export function contentStartFound(text: string, start: string): boolean {
  const words = tokens(decodeCharRefs(start));
  if (!words.length) return false;
  return squeeze(text).includes(words.slice(Math.floor(words.length / 3)).join(''));
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}
