import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: "he" and "she" refer to the last person who stood as a subject', () => {
  it('prefers a named speaker over an official named later in the sentence', () => {
    expect(
      issuers(
        'Tomas Berg, who chairs the donors group, spoke in Oslo.',
        'Mr Berg also said he had met the Danish finance minister Lars Holm on Monday.',
        'He called on rich nations to fund the vaccine scheme.',
      ),
    ).toEqual(['Tomas Berg']);
  });
  it('goes on through sentences whose subject is a pronoun', () => {
    expect(
      issuers(
        'Interior Minister Sara Holt arrived on Friday.',
        'She met the mayor, Tom Reyes, at noon.',
        'She ordered the police to close the bridge.',
      ),
    ).toEqual(['Sara Holt']);
  });
  it('does not take a country for a person', () => {
    expect(
      issuers(
        'Prime Minister Ole Dahl spoke first.',
        'North Norland said the talks had failed.',
        'He urged both sides to return to the table.',
      ),
    ).toEqual(['Ole Dahl']);
  });
});
