import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: "they" after a body that opens the sentence before', () => {
  it('names the body', () => {
    expect(
      issuers(
        'The Tarwin Nurses Council met in Perth on Sunday.',
        'They urged the state to hire more staff.',
      ),
    ).toEqual(['Tarwin Nurses Council']);
    expect(
      issuers(
        'The health department issued new guidance on Monday. They asked clinics to report every case.',
      ),
    ).toEqual(['health department']);
  });
  it('leaves "they" unknown when the body stands deep in a clause', () => {
    expect(
      issuers(
        'The MPs said they were concerned the government had not consulted.',
        'They called for a review.',
      ),
    ).toEqual([null]);
  });
});
