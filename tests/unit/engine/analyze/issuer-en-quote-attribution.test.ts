import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

/** Each English directive found in the paragraphs, as [issuer, first words]. */
const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => [d.issuer, d.text.slice(0, 12)]);

describe('English issuer: the attribution after a quoted order', () => {
  it('gives a first-person request to the speaker who closes the quote in a later sentence', () => {
    expect(
      found(
        'Health Minister Ada Lind said the measures were needed.',
        '"We are asking everyone to stay at home. You must not visit the elderly," she said.',
      ),
    ).toEqual([
      ['Ada Lind', '"We are aski'],
      ['Ada Lind', 'You must not'],
    ]);
  });
  it('reads a speaker followed by an apposition', () => {
    expect(
      found('"Clinics must report every case within a day," said Ada Lind, the health minister.'),
    ).toEqual([['Ada Lind', '"Clinics mus']]);
    expect(found('"Ferries must stay in port," said Governor Ned Roe, who spoke in Harlow.')).toEqual([
      ['Ned Roe', '"Ferries mus'],
    ]);
  });
  it('reads a subject that holds an apposition before the verb of saying', () => {
    expect(
      found(
        'Central bank governor Tom Bell spoke on Monday.',
        '"Lenders must hold more capital," the governor of the central bank, Tom Bell, said.',
      ),
    ).toEqual([['Tom Bell', '"Lenders mus']]);
  });
  it('does not read past a quote that goes on after the attribution', () => {
    // The speaker stands inside the second quote's own sentence, not after the first.
    expect(found('"We have met," said Ada Lind, the health minister, "and nothing more."')).toEqual([]);
  });
});
