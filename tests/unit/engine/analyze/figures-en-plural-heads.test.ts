import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

const counted = (text: string) => figures(run('en', text)).map((f) => [f.text, f.unit]);

describe('English counts: the plural after a modifier is what is counted', () => {
  it('takes the plural noun after an adjective or a noun used as one', () => {
    expect(counted('The council hired 400 city laborers and 25 new inspectors.')).toEqual([
      ['400 city laborers', 'city laborers'],
      ['25 new inspectors', 'new inspectors'],
    ]);
  });

  it('keeps a plural that comes first, one of a thing, and a verb after the noun', () => {
    expect(counted('Officials counted 12 ferries carrying cargo.')).toEqual([['12 ferries', 'ferries']]);
    expect(counted('Only 1 school district reopened.')).toEqual([['1 school', 'school']]);
    expect(counted('The 3 committee says no.')).toEqual([['3 committee', 'committee']]);
  });
});
