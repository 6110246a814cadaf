import search from 'approx-string-match';
import type { TextSelector } from './selectors';

/** What is known about a stored quote: its text, its context, and where it was last time. */
export interface QuoteTarget {
  exact: string;
  prefix: string;
  suffix: string;
  /** The old position (TextPositionSelector), when there is one. */
  start?: number;
}

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface QuoteMatch {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Share of the quote's length that may differ for a fuzzy match (Hypothesis allows a quarter too). */
const FUZZY_ERROR_SHARE = 1 / 4;
/** Shorter quotes are found exactly or not at all: one edit in "2027" or "5%" is another fact. */
const MIN_FUZZY_LENGTH = 8;

// How much each signal weighs when choosing between candidates (as in Hypothesis's match-quote):
// the quote itself most, then its context, and the old position only to break near-ties.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** The quote, context and old position held by a row's selectors; null without a quote. */
export function quoteTarget(selectors: readonly TextSelector[], fallbackQuote?: string): QuoteTarget | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const exact = quote?.exact ?? fallbackQuote;
  if (!exact) return null;
  const target: QuoteTarget = { exact, prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '' };
  if (position) target.start = position.start;
  return target;
}

/** 1 for identical strings, falling towards 0 with the edit distance; empty expected context scores 1. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const matches = search(actual, expected, expected.length);
  const errors = matches.length > 0 ? Math.min(...matches.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

function score(text: string, target: QuoteTarget, start: number, end: number, errors: number): number {
  const { exact, prefix, suffix } = target;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  // Compare the context next to the quote: the prefix's end and the suffix's start matter most.
  let total =
    WEIGHT.quote * (1 - errors / exact.length) +
    WEIGHT.prefix * similarity(prefix, before) +
    WEIGHT.suffix * similarity(suffix, after);
  if (target.start !== undefined && text.length > 0)
    total += WEIGHT.position * (1 - Math.abs(start - target.start) / text.length);
  return total;
}

function best<T extends { start: number; end: number }>(
  candidates: readonly T[],
  scoreOf: (c: T) => number,
): T | null {
  let chosen: T | null = null;
  let top = -Infinity;
  for (const candidate of candidates) {
    const value = scoreOf(candidate);
    if (value > top) {
      top = value;
      chosen = candidate;
    }
  }
  return chosen;
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Finds a stored quote in the article text of this visit: at its old position when the quote
 * is still there; else the exact quote, the occurrence whose context fits best (then nearest
 * the old place); else the best approximate match with at most a quarter of the quote's
 * length in edits. Null when none is found: the caller keeps the annotation as an orphan.
 */
export function findQuote(text: string, target: QuoteTarget): QuoteMatch | null {
  const { exact } = target;
  if (exact.length === 0) return null;
  const old = target.start;
  if (old !== undefined && text.slice(old, old + exact.length) === exact)
    return { start: old, end: old + exact.length, method: 'position' };

  const occurrences = exactOccurrences(text, exact).map((start) => ({ start, end: start + exact.length }));
  const exactBest = best(occurrences, (c) => score(text, target, c.start, c.end, 0));
  if (exactBest) return { ...exactBest, method: 'exact' };

  const maxErrors = Math.floor(exact.length * FUZZY_ERROR_SHARE);
  if (exact.length < MIN_FUZZY_LENGTH || maxErrors === 0) return null;
  const fuzzy = search(text, exact, maxErrors);
  const fuzzyBest = best(fuzzy, (c) => score(text, target, c.start, c.end, c.errors));
  return fuzzyBest ? { start: fuzzyBest.start, end: fuzzyBest.end, method: 'fuzzy' } : null;
}
