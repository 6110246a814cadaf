import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: the author of the rule that opens the sentence', () => {
  it('names the author written after "by" or "from"', () => {
    expect(issuers('Under the order signed by the governor on Friday, bars must close at 10 pm.')).toEqual([
      'the governor',
    ]);
    expect(
      issuers('Under guidance from the Home Office, landlords must check the status of tenants.'),
    ).toEqual(['Home Office']);
  });
  it('reads "announced by" as a participle, not a report', () => {
    expect(issuers('Under rules announced by the regulator on Monday, banks must hold more cash.')).toEqual([
      'the regulator',
    ]);
  });
  it('keeps a reporting speaker', () => {
    expect(issuers('The regulator announced on Monday that banks must hold more cash.')).toEqual([
      'regulator',
    ]);
  });
});
