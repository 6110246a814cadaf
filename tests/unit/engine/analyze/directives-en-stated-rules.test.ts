import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.text);

describe('English directives: a prohibition stated by a named rule', () => {
  it('reads "cannot"/"may not" when the sentence names the rule', () => {
    expect(found('Staff cannot accept gifts from suppliers under the code of conduct.')).toHaveLength(1);
    expect(found('Visitors may not bring dogs into the park, according to the new rules.')).toHaveLength(1);
    expect(
      found('One penalty is that people who overstay a visa may not return for ten years.'),
    ).toHaveLength(1);
  });
  it('reads a rule that says a prohibition, and a plural rule before a base-form ban', () => {
    expect(found('State ethics regulations say that a clerk cannot accept meals from vendors.')).toHaveLength(
      1,
    );
    expect(found('The new rules bar judges from owning shares in banks.')).toHaveLength(1);
    expect(found('The regulations say nothing about meals.')).toEqual([]);
    expect(found('An arms ban was imposed in 2010.')).toEqual([]);
  });
  it('does not read an inability or a possibility as a prohibition', () => {
    expect(found('Many families cannot afford the fees.')).toEqual([]);
    expect(found('Farmers may not be able to plant in time, the ministry said.')).toEqual([]);
    expect(found('People who live near the coast may not know about the risk.')).toEqual([]);
  });
  it('reads "people who ..." as the subject of a modal, not an embedded question', () => {
    expect(found('Anyone who fails to register must pay a fine of $100.')).toHaveLength(1);
    expect(found('Officials wondered who must pay for the repairs.')).toEqual([]);
  });
});
