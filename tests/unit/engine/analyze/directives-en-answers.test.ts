import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const count = (...p: string[]) => directives(run('en', ...p)).length;

describe('English directives: an authority demands an answer, summons or restrains', () => {
  it('reads a notice, a reply sought, a summons and a restraint from an authority as orders', () => {
    expect(count('The bench issued notice to the state government on the petition.')).toBe(1);
    expect(count('The health ministry has sought an explanation from the hospital.')).toBe(1);
    expect(count('The court summoned the officer to appear in person on Monday.')).toBe(1);
    expect(count('The tribunal restrained the company from selling the land.')).toBe(1);
    expect(count('The city council has made it mandatory for restaurants to display calorie counts.')).toBe(
      1,
    );
  });
  it('does not read what someone seeks for themselves, or a notice served, as an order', () => {
    expect(count('Thousands of people sought shelter in the stadium.')).toBe(0);
    expect(count('The senator is seeking re-election next year.')).toBe(0);
    expect(count('The lawyers sought a stay on the order.')).toBe(0);
    expect(count('The landlord gave notice to the tenants last month.')).toBe(0);
    expect(count('His comments were restrained compared with those of his rivals.')).toBe(0);
  });
});
