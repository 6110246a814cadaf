import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: "the central bank"', () => {
  it('is a body that can order', () => {
    expect(issuers("Kestria's central bank asked lenders to cut fees.")).toEqual(["Kestria's central bank"]);
  });
  it('names the central bank the article named before', () => {
    expect(
      issuers(
        'The Reserve Bank of Nadira tightened its rules.',
        'The central bank asked lenders to set aside more.',
      ),
    ).toEqual(['Reserve Bank of Nadira']);
  });
  it('is not the World Bank', () => {
    expect(issuers('The World Bank said growth slowed. The central bank asked lenders to cut fees.')).toEqual(
      ['central bank'],
    );
  });
});
