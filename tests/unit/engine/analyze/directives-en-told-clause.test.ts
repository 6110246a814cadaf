import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const first = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => d.text.slice(0, 24));

// Kinds read on unlabelled news pages: "told X" + a report whose words happen to reach a "to".
describe('English directives: "told X" reporting a clause orders no one', () => {
  it('stops the object at a clause subject pronoun', () => {
    expect(first('A police spokesman told the paper they had been trying to reach the family.')).toEqual([]);
    expect(first('The senator told me she grew worried when aides came to see her.')).toEqual([]);
    expect(first('The minister told the cabinet he wanted the envoys to press the case.')).toEqual([]);
  });
  it('stops a one-noun object where a second noun phrase starts', () => {
    expect(first('Prosecutors told reporters the decision to close the case was final.')).toEqual([]);
    expect(first('The mayor asked the clerk his name to fill in the form.')).toEqual([]);
  });
  it('reads "to" before a capital as a preposition', () => {
    expect(first('The witness had told her story to Judge Reyes in private.')).toEqual([]);
  });
  it('still reads objects that go on through a preposition, a conjunction or an apposition', () => {
    expect(
      first(
        'The governor told people near the river to leave their homes.',
        'The minister told the president and the cabinet to resign.',
        'The envoy called on China, the largest emitter, to cut emissions.',
        'The council urged all parties to the conflict to lay down their arms.',
        'The minister told him to resign.',
      ),
    ).toEqual([
      'The governor told people',
      'The minister told the pr',
      'The envoy called on Chin',
      'The council urged all pa',
      'The minister told him to',
    ]);
  });
  it('still reads an order in a that-clause after "told X"', () => {
    expect(first('Officials told residents they must leave by noon.')).toEqual(['Officials told residents']);
  });
});
