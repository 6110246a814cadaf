import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const found = (...p: string[]) => officials(run('en', ...p)).map((o) => [o.name, o.titles]);
const namesOf = (...p: string[]) => [...new Set(officials(run('en', ...p)).map((o) => o.name))];

describe('English officials: head forms', () => {
  it('reads the hyphenated deputy heads of British papers', () => {
    expect(found('But Vice-President Mara Quint said so.')).toEqual([['Mara Quint', ['Vice-President']]]);
  });
  it('reads portfolios joined by "and" before the head, not a name joined to a title', () => {
    expect(found('Health and Human Services Secretary Dan Ruel spoke.')[0]?.[1]).toEqual([
      'Health and Human Services Secretary',
    ]);
    expect(found('Trump and Defense Secretary Mark Ebb spoke.')).toEqual([
      ['Mark Ebb', ['Defense Secretary']],
    ]);
  });
  it('reads a rights portfolio as part of the title, not as a name', () => {
    expect(namesOf('The UN High Commissioner for Human Rights said the plan was unlawful.')).toEqual([]);
  });
  it('does not read a clock time or a lower-case abbreviation as a title', () => {
    expect(namesOf('At 12:30 PM Returns to the office.')).toEqual([]);
    expect(namesOf('Stylists for the gen Xers Club agree.')).toEqual([]);
    expect(namesOf('PM Lara Voss spoke at 9 PM.')).toEqual(['Lara Voss']);
  });
});
