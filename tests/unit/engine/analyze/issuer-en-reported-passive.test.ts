import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: a passive order in a clause an authority reports', () => {
  it('names the reporter across the passive auxiliary', () => {
    expect(issuers('A Pentagon spokesman said troops had been told to remain on base.')).toEqual([
      'Pentagon',
    ]);
    expect(issuers('The ministry said hospitals have been asked to cancel leave.')).toEqual(['ministry']);
  });
  it('names the agent when one is written', () => {
    expect(issuers('Staff were told by the ministry to work from home.')).toEqual(['the ministry']);
  });
});
