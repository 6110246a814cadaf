import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.text);

describe('English directives: the "to" of an order is an infinitive’s', () => {
  it('does not take a preposition "to" for the order’s', () => {
    expect(found('"We won," Mayor Ada Lind told the crowd, according to a statement.')).toEqual([]);
    expect(found('Governor Ned Roe warned his party against drifting too far to the right.')).toEqual([]);
  });
  it('reads past a preposition "to" inside the object to the infinitive', () => {
    expect(found('Police told residents close to the river to leave their homes.')).toHaveLength(1);
    expect(found('The mayor told people near the river to leave.')).toHaveLength(1);
  });
});

describe('English directives: who may order', () => {
  it('takes no call by advocates for an order', () => {
    expect(found('Consumer advocates are urging the regulator to set new rules.')).toEqual([]);
  });
  it('reads a passive order whose subject holds a parenthesis', () => {
    expect(found('People at risk, such as the elderly, are advised to stay indoors.')).toHaveLength(1);
    expect(found('It felt as if we, too, were being asked to let go.')).toEqual([]);
  });
});
