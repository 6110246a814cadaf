import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.text);

describe('English directives: a court that halts a rule forbids enforcing it', () => {
  it('reads a court or judge halting, blocking or striking down a rule or an act', () => {
    expect(found('A district judge halted the curfew in a ruling on Monday.')).toHaveLength(1);
    expect(found('The appeals court struck down the city’s parking ordinance.')).toHaveLength(1);
    expect(found('A federal judge blocked the agency from enforcing the new rule.')).toHaveLength(1);
    expect(found('The high court overturned the ban on street vendors.')).toHaveLength(1);
  });
  it('needs a court as the subject and a rule or an act as the object', () => {
    expect(found('Police blocked the road for hours.')).toEqual([]);
    expect(found('The senate blocked the bill last week.')).toEqual([]);
    expect(found('Heavy rain halted play at the stadium.')).toEqual([]);
    expect(found('The judge halted proceedings after a juror fell ill.')).toEqual([]);
    expect(found('The court overturned his conviction.')).toEqual([]);
  });
});
