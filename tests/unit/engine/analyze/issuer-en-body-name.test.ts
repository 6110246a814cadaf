import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: the article before a proper name is no part of it', () => {
  it('names the body without "The"', () => {
    expect(issuers('The World Health Organization has called on countries to share vaccine doses.')).toEqual([
      'World Health Organization',
    ]);
    expect(issuers('The United Nations ordered a review of the mission.')).toEqual(['United Nations']);
  });
  it('leaves a body named by a common noun to the body reader', () => {
    expect(issuers('The ministry ordered banks to report their exposure.')).toEqual(['ministry']);
  });
});

describe('English issuer: a body another body owns', () => {
  it('names the owned body with its owner', () => {
    expect(
      issuers("The European Union's top court ruled that member states must recognise the marriages."),
    ).toEqual(["European Union's top court"]);
  });
});
