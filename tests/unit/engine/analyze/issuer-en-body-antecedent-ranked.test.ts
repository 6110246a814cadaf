import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

/** Each English directive found in the paragraphs, as [issuer, first words]. */
const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => [d.issuer, d.text.slice(0, 12)]);

describe('English issuer: a body referred back to by a common noun', () => {
  it('reads "the apex court" and "the top court" as the court the article named', () => {
    expect(
      found(
        'The Supreme Court heard the petition on Monday.',
        'The apex court also ordered the police to register every case.',
      ),
    ).toEqual([['Supreme Court', 'The apex cou']]);
    expect(
      found('The Federal Court sat in Sydney.', 'The top court told the agency to release the files.'),
    ).toEqual([['Federal Court', 'The top cour']]);
  });
  it('keeps the capitalised words that name the body before its head', () => {
    expect(
      found(
        'The Health Ministry published new guidance on Tuesday.',
        'The ministry told hospitals to cancel routine operations.',
      ),
    ).toEqual([['Health Ministry', 'The ministry']]);
  });
  it('leaves a ranked court as written when the article names none', () => {
    expect(found('The top court ordered the company to pay damages.')).toEqual([
      ['top court', 'The top cour'],
    ]);
  });
});
