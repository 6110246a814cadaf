import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: "the" and a proper name after an opening phrase', () => {
  it('names the body after an introductory phrase', () => {
    expect(
      issuers('In a circular, the Reserve Bank of Nadira asked lenders to review their exposure.'),
    ).toEqual(['Reserve Bank of Nadira']);
    expect(issuers('On Monday, the Pellworth Monetary Fund urged Kestria to cut spending.')).toEqual([
      'Pellworth Monetary Fund',
    ]);
  });
  it('keeps a body named by a common noun after the phrase to the body reader', () => {
    expect(issuers('On Monday, the ministry urged banks to cut fees.')).toEqual(['the ministry']);
  });
});
