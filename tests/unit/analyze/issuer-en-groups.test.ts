import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: officials named by what qualifies them', () => {
  it('is the group as written, not the adjective before it', () => {
    expect(issuers('Provincial officials asked ferry operators to cancel the night crossings.')).toEqual([
      'Provincial officials',
    ]);
    expect(issuers('Norwegian authorities told fishing boats to return to port by noon.')).toEqual([
      'Norwegian authorities',
    ]);
  });
  it('reads "of", "for", "the" and "and" inside a name only as whole words', () => {
    // "Health officials" once read as the name "Health of" (the start of "officials").
    expect(issuers('Health officials urged parents to keep sick children at home.')).toEqual([
      'Health officials',
    ]);
    expect(issuers('The Ministry of Fisheries ordered trawlers to log every catch.')).toEqual([
      'Ministry of Fisheries',
    ]);
  });
});
