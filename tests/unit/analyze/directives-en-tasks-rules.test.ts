import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.text);

describe('English directives: "charged X with" a task', () => {
  it('reads an authority charging someone with a task', () => {
    expect(found('The governor charged a new commission with drafting the budget rules.')).toHaveLength(1);
    expect(
      found(
        'Prime Minister Ana Kell named her cabinet on Monday.',
        'She charged the new ministers with overhauling the tax system.',
      ),
    ).toHaveLength(1);
  });
  it('does not read a criminal charge, or a charge by a private party', () => {
    expect(found('Prosecutors charged the driver with killing two pedestrians.')).toEqual([]);
    expect(found('Police charged two men with running a drugs ring.')).toEqual([]);
    expect(found('Police charged the woman with dangerous driving.')).toEqual([]);
    expect(found('The firm charged its clients with fees for reviewing contracts.')).toEqual([]);
  });
});

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

describe('English directives: a polite request in the first person', () => {
  it('reads "I would ask", "we would urge" as a request', () => {
    expect(
      found('Inspector Raj Patel said: "I would ask anyone who saw the crash to contact us."'),
    ).toHaveLength(1);
    expect(found('"I would strongly urge everyone to get tested," the health minister said.')).toHaveLength(
      1,
    );
  });
  it('does not read a hypothesis or a reported intention as a request', () => {
    expect(found('If I were the mayor, I would order an inquiry.')).toEqual([]);
    expect(found('He said he would ask the council to reconsider.')).toEqual([]);
    expect(found('I would ask why the minister did nothing.')).toEqual([]);
  });
});
