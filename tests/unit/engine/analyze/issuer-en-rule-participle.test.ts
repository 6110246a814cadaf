import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: a rule whose author a participle names', () => {
  it('reads "introduced by", "announced by" as the author', () => {
    expect(
      issuers('The bill, introduced by the government in January, would require providers to keep records.'),
    ).toEqual(['the government']);
    expect(
      issuers('The order, announced by the governor on Friday, requires bars to close at 10 pm.'),
    ).toEqual(['the governor']);
  });
});

describe('English issuer: a rule whose author a relative clause names', () => {
  it('reads "which was signed by" as the author', () => {
    expect(
      issuers('The order, which was signed by the governor on Friday, requires bars to close early.'),
    ).toEqual(['the governor']);
    expect(
      issuers('The law, which was passed by parliament in March, requires firms to publish pay gaps.'),
    ).toEqual(['parliament']);
  });
});
