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

describe('English directives: "require" as a need, and requests that order no one', () => {
  it('does not read "require" with a subject that names no one as an order', () => {
    expect(found('Our lungs require clean air to work well.')).toEqual([]);
    expect(found('The arrangement required her to travel every week.')).toEqual([]);
  });
  it('still reads "require" from an authority or a rule', () => {
    expect(found('The ministry required banks to report large transfers.')).toHaveLength(1);
    expect(found('The new law requires landlords to fit smoke alarms.')).toHaveLength(1);
  });
  it('does not read "asked to" with no addressee (a plea for leave) as an order', () => {
    expect(found('Governor Ada Lin asked to address the assembly.')).toEqual([]);
    expect(found('Governor Ada Lin asked the assembly to delay the vote.')).toHaveLength(1);
  });
  it('does not read a reduced clause ("when asked to", "if ordered to") as an order', () => {
    expect(found('When asked to comment, the spokesman declined.')).toEqual([]);
    expect(found('Troops would leave only if ordered to by parliament.')).toEqual([]);
  });
  it('still reads an order given in a clause after "after" ("after ordering X to")', () => {
    expect(found('The president spoke after ordering troops to leave the city.')).toHaveLength(1);
  });
});
