import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: a proper noun as the agent of a passive order', () => {
  it('names the agent', () => {
    expect(issuers('Kestria was urged by the United States to act against the militias.')).toEqual([
      'United States',
    ]);
    expect(issuers('The team has been asked by the BCCI to return home.')).toEqual(['BCCI']);
  });
  it('names a class of authority written bare', () => {
    expect(issuers('The school was ordered by inspectors to improve its safeguarding.')).toEqual([
      'inspectors',
    ]);
  });
  it('still drops an agent who is no one in particular', () => {
    expect(issuers('She was told by friends to rest.')).toEqual([]);
  });
});
