import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: a definite document a sentence before introduced', () => {
  it('names the author who issued, sent or signed it', () => {
    expect(
      issuers(
        'The health ministry sent a letter to hospitals on Monday.',
        'The letter asks them to cancel surgery.',
      ),
    ).toEqual(['health ministry']);
    expect(
      issuers(
        'The health ministry sent a letter to hospitals on Monday. The letter says hospitals must cancel surgery.',
      ),
    ).toEqual(['health ministry']);
  });
  it('leaves a document no sentence before introduced unknown', () => {
    expect(issuers('The order requires all state employees to be vaccinated.')).toEqual([null]);
  });
});
