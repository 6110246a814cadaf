import { findQuote, quoteTarget } from '../engine/anchor/find-quote';
import type { AnchoringResult, ReaderMark } from '../shared/messages';

/** A reader annotation found in this visit's text, ready to paint. */
export interface PlacedReaderAnnotation {
  id: string;
  start: number;
  end: number;
  colour: string;
}

export interface ReaderAnchoring {
  placed: PlacedReaderAnnotation[];
  /** One result per row: where it is now, or orphan (kept at its old place). */
  results: AnchoringResult[];
}

/**
 * Finds each stored reader annotation in the article text of this visit (by its old position,
 * then its quote and context, then approximately). What cannot be found stays an orphan:
 * it is reported, never dropped.
 */
export function anchorReaderRows(text: string, rows: readonly ReaderMark[]): ReaderAnchoring {
  const placed: PlacedReaderAnnotation[] = [];
  const results: AnchoringResult[] = [];
  for (const row of rows) {
    const target = quoteTarget(row.selectors, row.quote);
    const match = target ? findQuote(text, { ...target, start: row.start }) : null;
    if (!match) {
      results.push({ id: row.id, start: row.start, end: row.end, orphan: true });
      continue;
    }
    results.push({ id: row.id, start: match.start, end: match.end, orphan: false });
    placed.push({ id: row.id, start: match.start, end: match.end, colour: row.colour ?? 'yellow' });
  }
  return { placed, results };
}

/** The results that differ from what the rows already say, so a quiet revisit writes nothing. */
export function changedResults(
  rows: readonly ReaderMark[],
  results: readonly AnchoringResult[],
): AnchoringResult[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return results.filter((r) => {
    const row = byId.get(r.id);
    if (!row) return false;
    if (r.orphan) return row.orphan !== true;
    return row.start !== r.start || row.end !== r.end || row.orphan === true;
  });
}
