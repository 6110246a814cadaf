import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.text);

describe('English directives: "is/are to be" + participle, an arranged order', () => {
  it('reads a passive "to be" on a class or a thing as an obligation', () => {
    expect(
      found(
        'The Interior Ministry ordered a review of the crossings.',
        'All reports are to be submitted by Friday.',
      ),
    ).toEqual([
      'The Interior Ministry ordered a review of the crossings.',
      'All reports are to be submitted by Friday.',
    ]);
    expect(found('Every school is to be inspected before the term starts, the ministry said.')).toHaveLength(
      1,
    );
  });
  it('does not read a plan, a past arrangement or a schedule as an order', () => {
    expect(found('The minister is to visit Marland next week.')).toEqual([]);
    expect(found('The new bridge was to be finished in 2020, but work stopped.')).toEqual([]);
    expect(found('Is the report to be published?')).toEqual([]);
  });
});
