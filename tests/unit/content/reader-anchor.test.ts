import { describe, expect, it } from 'vitest';
import { anchorReaderRows, changedResults } from '../../../src/content/reader-anchor';
import { describeTextRange } from '../../../src/engine/anchor/selectors';
import type { ReaderColour, ReaderRow } from '../../../src/shared/records';

const TEXT = 'The minister ordered the utility to cut losses by 2027. Officials said the grid would grow.';

function row(id: string, quote: string, colour: ReaderColour = 'yellow'): ReaderRow {
  const start = TEXT.indexOf(quote);
  return {
    id,
    url: 'https://news.example/a',
    kind: 'highlight',
    origin: 'reader',
    quote,
    start,
    end: start + quote.length,
    selectors: describeTextRange(TEXT, start, start + quote.length),
    tags: [],
    entityKey: null,
    colour,
    created: 1,
    modified: 1,
  };
}

describe('anchorReaderRows', () => {
  it('places rows found in the new text and reports the lost ones as orphans at their old place', () => {
    const rows = [row('a', 'cut losses by 2027'), row('b', 'the grid would grow', 'blue')];
    const text = `Update: more below. ${TEXT.replace(' Officials said the grid would grow.', '')}`;
    const { placed, results } = anchorReaderRows(text, rows);
    expect(placed).toEqual([
      { id: 'a', start: text.indexOf('cut'), end: text.indexOf('cut') + 18, colour: 'yellow' },
    ]);
    expect(results).toEqual([
      { id: 'a', start: text.indexOf('cut'), end: text.indexOf('cut') + 18, orphan: false },
      { id: 'b', start: rows[1]!.start, end: rows[1]!.end, orphan: true },
    ]);
  });

  it('reports only what changed, so an unchanged revisit writes nothing', () => {
    const rows = [row('a', 'cut losses by 2027'), { ...row('b', 'the grid would grow'), orphan: true }];
    const same = anchorReaderRows(TEXT, rows).results;
    // b is found again: no longer an orphan; a is where it was.
    expect(changedResults(rows, same)).toEqual([
      { id: 'b', start: rows[1]!.start, end: rows[1]!.end, orphan: false },
    ]);
    const settled = rows.map((r) => ({ ...r, orphan: false }));
    expect(changedResults(settled, anchorReaderRows(TEXT, settled).results)).toEqual([]);
    const lostAgain = [{ ...row('b', 'the grid would grow'), orphan: true }];
    expect(changedResults(lostAgain, anchorReaderRows('nothing here', lostAgain).results)).toEqual([]);
  });
});
