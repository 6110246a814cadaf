import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.text);

describe('English directives: a sanction on failing to act states the obligation it enforces', () => {
  it('reads a sanction conditioned on a failure or a breach', () => {
    expect(found('Clinics will be closed if they fail to publish their prices.')).toHaveLength(1);
    expect(found('Operators that refuse to register will be struck off, the regulator said.')).toHaveLength(
      1,
    );
    expect(found('Anyone who breaches the curfew faces a fine of up to $500.')).toHaveLength(1);
    expect(found('Lenders that fail to check incomes will face penalties.')).toHaveLength(1);
  });
  it('names the speaker of the sanction as its issuer', () => {
    const d = directives(run('en', 'Operators that refuse to register will be fined, the regulator said.'));
    expect(d[0]?.issuer).toBe('the regulator');
  });
  it('does not read a loss, a forecast or a penalty with no failure as a sanction', () => {
    expect(found('The port will lose its licence if the country fails to reach a deal.')).toEqual([]);
    expect(found('The club will be relegated if they fail to win on Sunday.')).toEqual([]);
    expect(found('The mayor will face a hard choice if the council fails to act.')).toEqual([]);
    expect(found('He could be jailed if convicted.')).toEqual([]);
    expect(found('If the firm fails to pay, the contract can be cancelled.')).toEqual([]);
    expect(found('Shops that fail to adapt will not be fined this year.')).toEqual([]);
  });
});

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
