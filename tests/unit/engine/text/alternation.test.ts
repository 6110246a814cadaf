import { describe, expect, it } from 'vitest';
import { byFirstLetter } from '../../../../src/engine/text/alternation';

const plain = (alts: string[]) => new RegExp(`^(?:the\\s+)?(${alts.join('|')})\\b`, 'iu');
const grouped = (alts: string[]) => new RegExp(`^(?:the\\s+)?(${byFirstLetter(alts)})\\b`, 'iu');

describe('byFirstLetter', () => {
  const heads = ['secretary of state', 'prime minister', 'secretary', 'minister', 'president', 'premier'];

  it('groups the alternatives by their first letter, in order within each group', () => {
    expect(byFirstLetter(heads)).toBe(
      's(?:ecretary of state|ecretary)|p(?:rime minister|resident|remier)|m(?:inister)',
    );
  });

  it('finds the same first match as the plain list', () => {
    const inputs = [
      'The Secretary of State said',
      'the secretary of the club',
      'Prime Minister Ann Vale',
      'the premiership table',
      'President-elect Tom Hart',
      'a minister who resigned',
      'Ministers met on Monday',
    ];
    for (const input of inputs) expect(grouped(heads).exec(input)?.[1]).toBe(plain(heads).exec(input)?.[1]);
  });

  it('keeps the plain list when an alternative opens on anything but an ASCII letter', () => {
    expect(byFirstLetter(['\\.gov', 'governor'])).toBe('\\.gov|governor');
    expect(byFirstLetter(['ñu', 'nu'])).toBe('ñu|nu');
  });
});
