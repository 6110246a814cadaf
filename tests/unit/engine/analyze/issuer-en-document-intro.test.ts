import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => ({ issuer: d.issuer }));

describe('English order in an opening phrase: "In a statement urging ..., X said"', () => {
  it('gives the order to the main clause’s subject', () => {
    expect(
      found('In a statement urging residents to stay home, the ministry said the storm was close.'),
    ).toEqual([{ issuer: 'the ministry' }]);
    expect(
      found('In a letter calling for an inquiry, Health Minister Ann Vale said the hospital had failed.'),
    ).toEqual([{ issuer: 'Ann Vale' }]);
  });
  it('leaves a main subject that is no authority, and a document with its author', () => {
    expect(found('In a letter urging the council to act, residents said the roads were unsafe.')).toEqual([
      { issuer: null },
    ]);
    expect(
      found(
        'In a letter signed by Governor Ann Vale urging banks to act, officials said the deadline was near.',
      ),
    ).toEqual([{ issuer: 'Ann Vale' }]);
  });
});
