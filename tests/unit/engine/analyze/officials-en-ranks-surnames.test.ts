import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const found = (text: string) => officials(run('en', text)).map((o) => [o.name, o.titles]);

describe('English officials: a military rank between the title and the name', () => {
  it('is skipped, written out or abbreviated, with or without its full stop', () => {
    expect(found('Army Chief General Ravi Menon addressed the press in New Delhi.')).toEqual([
      ['Ravi Menon', ['Army Chief']],
    ]);
    expect(found('The new Army Chief Gen Ravi Menon on Monday said the army was ready.')).toEqual([
      ['Ravi Menon', ['new Army Chief']],
    ]);
    expect(found('Pentagon spokesman Capt. Tom Reyes said the drill went ahead.')).toEqual([
      ['Tom Reyes', ['Pentagon spokesman']],
    ]);
    expect(found('Joint Chiefs Chairman Lt. Gen. Ann Vale testified.')).toEqual([
      ['Ann Vale', ['Joint Chiefs Chairman']],
    ]);
  });
  it('still titles a name when it stands first', () => {
    expect(found('Maj. Gen. James Hart commands the division.')).toEqual([['James Hart', ['Maj. Gen.']]]);
  });
});

describe('English officials: a title word that is the family name', () => {
  it('closes the name when no capitalised word follows it', () => {
    expect(found('Sen. Angus King of Maine voted no.')).toEqual([['Angus King', ['Sen.']]]);
    expect(found('Bank of England governor Mervyn King warned of risks.')).toEqual([
      ['Mervyn King', ['Bank of England governor']],
    ]);
    expect(found('Former Prime Minister John Major warned against it.')).toEqual([
      ['John Major', ['Former Prime Minister']],
    ]);
  });
  it('leaves a post-name title out of the name', () => {
    expect(found('Scottish Finance Minister Tom Lee MSP said the budget was fair.')[0]?.[0]).toBe('Tom Lee');
  });
});
