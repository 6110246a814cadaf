import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs));
const issuers = (...paragraphs: string[]) => found(...paragraphs).map((d) => d.issuer);

describe('English directives: a passive order with its agent', () => {
  it('reads "was ordered by X to" and gives it to the agent', () => {
    expect(issuers('The bank was ordered by the Trade Ministry to refund its clients.')).toEqual([
      'Trade Ministry',
    ]);
  });
  it('does not read a passive plea from someone with no authority', () => {
    expect(found('He was told by friends to rest for a week.')).toEqual([]);
  });
});

describe('English directives: duties and later verbs', () => {
  it('reads "have a responsibility to" attributed to a speaker', () => {
    expect(
      found('"All parties have a responsibility to keep the peace," Premier Lena Osk said.'),
    ).toHaveLength(1);
    expect(found('The minister has a lot to do this week.')).toEqual([]);
  });
  it('reads a later ordering verb when the first gives no order', () => {
    // A club is no authority: it sets no deadline, but its plea to the state is a call.
    expect(
      found('The club gave the firm an extra month to finish and urged the state to cover the cost.'),
    ).toHaveLength(1);
    expect(found('I am not calling for a ban; I am calling for people to think.')).toEqual([]);
  });
  it('reads an object with a relative clause set off by commas ("told X, which ..., to")', () => {
    expect(found('Senator Ana Ruiz told the city, which owns the depot, to reopen it.')).toHaveLength(1);
    expect(found('Ruiz asked about the trial, which is due to begin in May.')).toEqual([]);
  });
});

describe('English directives: plural nouns that look like ordering verbs', () => {
  it('reads a plural followed by a verb as the noun ("Curfew orders have closed ...")', () => {
    expect(found('Curfew orders have closed most bars in the capital.')).toEqual([]);
    expect(found('Market orders allow traders to buy at once.')).toEqual([]);
  });
  it('still reads a name followed by "orders" as its verb', () => {
    expect(found('Kim orders the army to prepare new tests.')).toHaveLength(1);
  });
  it('reads a ban that stays in force ("will still be prohibited")', () => {
    expect(found('Arms sales will still be prohibited, the ministry said.')).toHaveLength(1);
  });
});
