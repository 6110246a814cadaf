import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.text);

describe('English directives: "have to" that states no obligation', () => {
  it('does not read a negated need as an obligation', () => {
    expect(found("Tenants don't have to renew the lease every year.")).toEqual([]);
    expect(found('Drivers won’t have to queue at the border next month.')).toEqual([]);
    expect(found('Until now, landlords did not need to register.')).toEqual([]);
  });
  it('does not read a hypothesis or a forecast as an obligation', () => {
    expect(found('The scheme would have to be approved by voters first.')).toEqual([]);
    expect(found('Exporters are going to have to find new markets.')).toEqual([]);
    expect(found("You'll have to wait for the next train.")).toEqual([]);
  });
  it('still reads "would have to" in a reported announcement or under a rule', () => {
    expect(found('The ministry said importers would have to register by March.')).toHaveLength(1);
    expect(found('Under the bill, employers would have to publish pay gaps.')).toHaveLength(1);
  });
  it('still reads an unhedged "have to" that binds a class', () => {
    expect(found('All landlords have to register their tenancies within a month.')).toHaveLength(1);
  });
});
