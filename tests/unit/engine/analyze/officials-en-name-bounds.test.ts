import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const found = (...p: string[]) => officials(run('en', ...p)).map((o) => [o.name, o.titles]);
const namesOf = (...p: string[]) => [...new Set(officials(run('en', ...p)).map((o) => o.name))];

// Kinds read on unlabelled news pages: where a title ends and a name starts.
describe('English officials: the bounds of a title and a name', () => {
  it('keeps a singular "Prosecution" in the title, not the name', () => {
    expect(found('Deputy Director of Public Prosecution Ida Wren took the decision.')).toEqual([
      ['Ida Wren', ['Deputy Director of Public Prosecution']],
    ]);
  });
  it('reads "Professor" between a title and a name as an honorific', () => {
    expect(namesOf('The Chief Medical Officer Professor Ned Varga said the advert would run.')).toEqual([
      'Ned Varga',
    ]);
    expect(namesOf('Professor Ned Varga, an economist, said prices would rise.')).toEqual([]);
  });
  it('reads a U.S. attorney as a federal prosecutor, and keeps the attorney general whole', () => {
    expect(namesOf('"They failed," Ola Brix, the U.S. attorney for the Southern District, said.')).toEqual([
      'Ola Brix',
    ]);
    expect(found('U.S. Attorney General Ola Brix said no.')).toEqual([
      ['Ola Brix', ['U.S. Attorney General']],
    ]);
    expect(namesOf('"It was wrong," said Ty Besk, a defense attorney for the family.')).toEqual([]);
  });
});
