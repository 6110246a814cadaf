import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const first = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => d.text.slice(0, 24));

describe('English directives: unattributed strong modals', () => {
  it('reads "must", "will have to" and "has to" that bind a class or a party', () => {
    expect(
      first(
        'Large retailers will have to label the sugar content of drinks.',
        'Under the treaty, Norway and Iceland must pay a larger share.',
        'Every landlord has to register the tenancy within a month.',
      ),
    ).toEqual(['Large retailers will hav', 'Under the treaty, Norway', 'Every landlord has to re']);
  });
  it('does not read a strong modal on one person as an order', () => {
    expect(first('Governor Ada Lin will have to choose between the two plans.')).toEqual([]);
    expect(first('The new chancellor must win back the markets.')).toEqual([]);
  });
  it('does not read "may have to" or "could have to" as an obligation placed', () => {
    expect(first('Libraries may have to close on Sundays if funding falls.')).toEqual([]);
    expect(first('Some farms could have to sell their herds.')).toEqual([]);
  });
});

describe('English directives: verbs of pleading, pressure and decree', () => {
  it('reads "begged X to", "pressured X to" and "decreed that"', () => {
    expect(
      first(
        'Interior Minister Sara Holt begged residents to stay indoors.',
        'The finance ministry pressured banks to cut fees.',
        'The king decreed that all shops close at noon.',
      ),
    ).toEqual(['Interior Minister Sara H', 'The finance ministry pre', 'The king decreed that al']);
  });
  it('does not read the nouns or an unrelated "to" as a plea', () => {
    expect(first('The pressures on banks grew to a record.')).toEqual([]);
    expect(first('Interior Minister Sara Holt begged for time.')).toEqual([]);
  });
});
