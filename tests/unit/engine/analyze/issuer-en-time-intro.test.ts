import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => ({ issuer: d.issuer }));

describe('English subject after a time written without a comma', () => {
  it('reads the subject after a year, a month or a weekday', () => {
    // The guidelines' own example: a past order is a directive, and the president gave it.
    expect(found('President Ann Vale spoke.', 'In 1998 the president ordered a strike.')).toEqual([
      { issuer: 'Ann Vale' },
    ]);
    expect(found('On Monday the governor ordered all schools to close.')).toEqual([
      { issuer: 'the governor' },
    ]);
    expect(found('In March the court ordered the company to pay the fine.')).toEqual([
      { issuer: 'the court' },
    ]);
  });
  it('reads the subject after "last week", "earlier this month"', () => {
    expect(found('Last week Finance Minister Tom Reyes told banks to freeze the accounts.')).toEqual([
      { issuer: 'Tom Reyes' },
    ]);
    expect(
      found(
        'Health Minister Ann Vale spoke.',
        'Earlier this month the health minister urged people to get vaccinated.',
      ),
    ).toEqual([{ issuer: 'Ann Vale' }]);
  });
  it('leaves an introduction of another kind as it was', () => {
    // Without its comma a phrase that is not a time has no clear end: no subject is read there.
    expect(found('In a letter the mayor asked residents to conserve water.')).toEqual([{ issuer: null }]);
  });
});
