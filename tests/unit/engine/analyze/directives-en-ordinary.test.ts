import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs));
const issuers = (...paragraphs: string[]) => found(...paragraphs).map((d) => d.issuer);

describe('English directives: ordinary forms of an order', () => {
  it('reads an irregular past after "court" as its verb ("the court told")', () => {
    expect(issuers('The court told the bank it must repay its customers.')).toEqual(['court']);
  });
  it('reads a that-clause modal after "told X" as the order', () => {
    expect(found('The minister told the hospitals they must cut waiting times.')).toHaveLength(1);
    expect(found('He told me that it had been a long day.')).toEqual([]);
  });
  it('reads a deadline an authority sets ("gave X until ... to", "given X 30 days to")', () => {
    expect(issuers('The court gave the company until Friday to pay the fine.')).toEqual(['court']);
    expect(found('The regulator has given the bank 30 days to respond.')).toHaveLength(1);
    expect(found('The club gave him two weeks to decide.')).toEqual([]);
    expect(found('Given two weeks to prepare, the team did well.')).toEqual([]);
  });
  it('reads a police appeal, not the adjective "appealing"', () => {
    expect(found('Police are appealing for witnesses to come forward.')).toHaveLength(1);
    expect(found('The idea is appealing for many voters.')).toEqual([]);
  });
  it('reads a prohibition in the passive ("are not allowed to")', () => {
    expect(found('Under the law, shops are not allowed to sell alcohol after midnight.')).toHaveLength(1);
    expect(found('The players were allowed to rest on Monday.')).toEqual([]);
  });
  it('reads a recommendation only from an authority', () => {
    expect(found('The ministry recommended that schools close early on Friday.')).toHaveLength(1);
    expect(found('Doctors recommended that he rest for a week.')).toEqual([]);
  });
});

describe('English directives: a condition before the order', () => {
  it('reads an order in the main clause after a condition, with its own subject as issuer', () => {
    expect(
      issuers('If the company fails to pay, the judge ordered the bank to freeze its accounts.'),
    ).toEqual(['the judge']);
    expect(issuers('If you have symptoms, you must stay at home, the health ministry said.')).toEqual([
      'health ministry',
    ]);
  });
  it('does not read a cue or a modal inside the condition', () => {
    expect(found('If the president ordered a strike, it would be illegal.')).toEqual([]);
    expect(found('Should the council demand a refund, the firm would appeal.')).toEqual([]);
    expect(found('Nobody knows whether the banks must repay the loans.')).toEqual([]);
  });
});
