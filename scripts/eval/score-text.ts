/**
 * Normalisation and scoring for the article eval. One definition for every corpus:
 * - text: NFC, lower-case; tokens are runs of letters/digits (marks kept with their letter),
 *   except Han/Kana characters, which count one token each (those scripts have no spaces).
 * - body: bag-of-words precision / recall / F1 (multiset intersection of tokens).
 * - title: NFC, lower-case, punctuation stripped, white space folded; exact match
 *   (or prefix match where the gold only gives a prefix). Newsmark drops the site name by design
 *   ("Headline | Site" -> "Headline") while Readability's gold often keeps it, so a gold title
 *   also matches with one separator-delimited part removed at its end or start.
 * - byline: as title, with a leading "by"/"theo" dropped.
 * - date: the calendar day as written (first YYYY-MM-DD of the ISO string, no time-zone shift).
 */
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
  if (prefixOnly) return f.startsWith(normaliseTitle(gold));
  return titleVariants(gold).includes(f);
}

export function normaliseByline(text: string | null | undefined): string {
  return normaliseTitle(text).replace(/^(by|theo)\s+/, '');
}

export function bylineMatches(found: string | null | undefined, gold: string): boolean {
  const g = normaliseByline(gold);
  return g.length > 0 && normaliseByline(found) === g;
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

export function dateMatches(found: string | null | undefined, gold: string): boolean {
  const g = calendarDay(gold);
  return g !== null && calendarDay(found) === g;
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
