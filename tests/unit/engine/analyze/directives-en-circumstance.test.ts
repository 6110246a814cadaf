import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.text);

// Kinds read on unlabelled news pages: "have to" that states a circumstance, not a duty placed.
describe('English directives: "have to" of coping or thinking', () => {
  it('does not read a verb of coping or thinking after "have to" as an obligation', () => {
    expect(found('The senator also has to cope with a shadow cast by the party leader.')).toEqual([]);
    expect(found('Retailers also have to think about changing their hours.')).toEqual([]);
    expect(found('The two rivals will have to work together to find a way out.')).toEqual([]);
    expect(found('Local firms will have to contend with higher costs.')).toEqual([]);
  });
  it('does not read "something (else) has to" as an obligation on anyone', () => {
    expect(found('If prices fall and quality holds, something else has to give.')).toEqual([]);
    expect(found('Something has to change in the league.')).toEqual([]);
  });
  it('still reads "have to" before an act a rule requires', () => {
    expect(found('Thousands of companies will have to provide calorie counts.')).toHaveLength(1);
    expect(found('Under the bill, employers would have to publish pay gaps.')).toHaveLength(1);
    expect(found('Landlords will have to register every tenancy with the council.')).toHaveLength(1);
  });
});
