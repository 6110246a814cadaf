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

describe('English issuer: a day or a month before a noun names no one', () => {
  it('does not take "Monday" for the issuer', () => {
    expect(
      issuers('Typically used only for storms, the Monday alert asked residents to join the search.'),
    ).toEqual([null]);
    expect(issuers("Monday's ruling requires the state to pay.")).toEqual([null]);
  });
});
