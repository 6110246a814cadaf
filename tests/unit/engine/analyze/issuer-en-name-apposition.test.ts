import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: a name ending in -ing or -ed before an apposition', () => {
  it('is the subject, not an opening participle', () => {
    expect(issuers('Kessling, 54, ordered staff to return to the office.')).toEqual(['Kessling']);
  });
  it('still skips a participle that opens the sentence', () => {
    expect(issuers('Speaking on Monday, the minister ordered staff to return.')).toEqual(['the minister']);
  });
});

describe('English issuer: a named subject with an office in apposition', () => {
  it('names the person, not the body the office belongs to', () => {
    expect(issuers('Maria Kessling, head of the agency, ordered staff to return to the office.')).toEqual([
      'Maria Kessling',
    ]);
  });
  it('names a deputy the apposition gives', () => {
    expect(issuers('Her deputy, Tom Rees, told managers to track attendance.')).toEqual(['Tom Rees']);
  });
});
