import { describe, expect, it } from 'vitest';
import { findQuote, type QuoteTarget, quoteTarget } from '../../../../src/engine/anchor/find-quote';
import { describeTextRange } from '../../../../src/engine/anchor/selectors';

const ARTICLE =
  'The minister ordered the utility to cut losses by 2027. Officials said the grid would grow. ' +
  'The utility must report progress every quarter, the minister said on Friday.';

/** The target a reader's highlight of `quote` (its n-th occurrence) would store today. */
function targetFor(text: string, quote: string, occurrence = 0): QuoteTarget {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  const target = quoteTarget(describeTextRange(text, start, start + quote.length));
  if (!target) throw new Error('no target');
  return target;
}

const slice = (text: string, m: { start: number; end: number } | null) =>
  m ? text.slice(m.start, m.end) : null;

describe('findQuote', () => {
  it('uses the old position while the quote is still there', () => {
    const target = targetFor(ARTICLE, 'cut losses by 2027');
    const match = findQuote(ARTICLE, target);
    expect(match).toEqual({ start: target.start, end: target.start! + 18, method: 'position' });
  });

  it('finds moved text by exact search', () => {
    const target = targetFor(ARTICLE, 'the grid would grow');
    const moved = `Breaking: a new lead paragraph was added above. ${ARTICLE}`;
    const match = findQuote(moved, target);
    expect(match?.method).toBe('exact');
    expect(slice(moved, match)).toBe('the grid would grow');
    expect(match?.start).toBe(moved.indexOf('the grid would grow'));
  });

  it('tells a duplicated quote apart by its context, wherever the old position points', () => {
    const second = targetFor(ARTICLE, 'the minister');
    const first = targetFor(ARTICLE, 'The minister');
    const edited = `Update. ${ARTICLE}`;
    // "the minister" appears twice (case differs only for the first); the second is the one with "said on Friday".
    expect(findQuote(edited, second)?.start).toBe(edited.lastIndexOf('the minister'));
    const twice = `${ARTICLE} ${ARTICLE}`;
    const secondCopy = { ...targetFor(twice, 'The minister', 1), start: 3 };
    expect(findQuote(twice, secondCopy)?.start).toBe(twice.indexOf('The minister', 10));
    expect(findQuote(edited, first)?.start).toBe(edited.indexOf('The minister'));
  });

  it('prefers the occurrence nearest the old place when the context cannot tell', () => {
    const text = 'x 5% y. x 5% y. x 5% y.';
    const target: QuoteTarget = { exact: '5%', prefix: 'x ', suffix: ' y.', start: 13 };
    expect(findQuote(`ab${text}`, target)?.start).toBe(12);
  });

  it('finds edited text with a fuzzy match and returns its new extent', () => {
    const target = targetFor(ARTICLE, 'The utility must report progress every quarter');
    const edited = ARTICLE.replace(
      'must report progress every quarter',
      'must report its progress each quarter',
    );
    const match = findQuote(edited, target);
    expect(match?.method).toBe('fuzzy');
    expect(slice(edited, match)).toBe('The utility must report its progress each quarter');
  });

  it('gives up on a vanished quote and on one edited beyond a quarter of its length', () => {
    const target = targetFor(ARTICLE, 'Officials said the grid would grow.');
    expect(findQuote(ARTICLE.replace('Officials said the grid would grow. ', ''), target)).toBeNull();
    const rewritten = ARTICLE.replace(
      'Officials said the grid would grow.',
      'Aides claimed a network might expand.',
    );
    expect(findQuote(rewritten, target)).toBeNull();
    expect(findQuote('', target)).toBeNull();
  });

  it('never fuzzy-matches short quotes: an edited number is another fact', () => {
    const target: QuoteTarget = { exact: '2027', prefix: 'by ', suffix: '.', start: 50 };
    expect(findQuote(ARTICLE.replace('2027', '2028'), target)).toBeNull();
  });

  it('works with Vietnamese text', () => {
    const text = 'Thủ tướng yêu cầu các bộ giảm 5% chi phí. Bộ Tài chính chủ trì.';
    const target = targetFor(text, 'Bộ Tài chính chủ trì');
    const edited = text.replace('Bộ Tài chính chủ trì', 'Bộ Tài chính sẽ chủ trì');
    const moved = `Tin mới. ${edited}`;
    expect(slice(moved, findQuote(moved, target))).toBe('Bộ Tài chính sẽ chủ trì');
  });
});

describe('quoteTarget', () => {
  it('reads quote, context and position from selectors, or falls back to the row quote', () => {
    expect(quoteTarget(describeTextRange('ab cd ef', 3, 5))).toEqual({
      exact: 'cd',
      prefix: 'ab ',
      suffix: ' ef',
      start: 3,
    });
    expect(quoteTarget([{ type: 'TextPositionSelector', start: 1, end: 2 }], 'q')).toEqual({
      exact: 'q',
      prefix: '',
      suffix: '',
      start: 1,
    });
    expect(quoteTarget([])).toBeNull();
  });
});
