import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const count = (...p: string[]) => directives(run('en', ...p)).length;

describe('English directives: a future ban negated before its "be"', () => {
  it('reads "will not be allowed to", "won\'t be permitted to" under a rule as an order', () => {
    expect(count('Under the new rules, landlords will not be allowed to charge letting fees.')).toBe(1);
    expect(count("Under the law, shops won't be permitted to sell the devices to minors.")).toBe(1);
    expect(count('From April, hospitals will no longer be allowed to use gagging clauses.')).toBe(1);
  });
  it('does not read a future ability or a permission granted as an order', () => {
    expect(count('Fans will not be able to buy tickets at the gate this year.')).toBe(0);
    expect(count('Staff will be allowed to work from home on Fridays.')).toBe(0);
  });
});
