import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => ({ issuer: d.issuer }));

describe('English subject with a participle aside: "X, alarmed that Y ..., is urging"', () => {
  it('does not take a body named inside the aside as the issuer', () => {
    // The doctors urge; the ministry is only what alarms them.
    expect(
      found(
        'A group of doctors, alarmed that the health ministry is cutting clinics, is urging the council to keep them open.',
      ),
    ).toEqual([{ issuer: null }]);
  });
  it('keeps a subject that is an authority itself', () => {
    expect(found('The ministry, citing safety concerns, ordered all flights grounded.')).toEqual([
      { issuer: 'ministry' },
    ]);
    expect(
      found('Finance Minister Tom Reyes, speaking in the capital, urged banks to cut their fees.'),
    ).toEqual([{ issuer: 'Tom Reyes' }]);
  });
});
