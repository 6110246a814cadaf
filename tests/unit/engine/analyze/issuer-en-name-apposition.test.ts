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
