import { describe, expect, it } from 'vitest';
import { directives, officials, run } from './helpers';

const mentions = (...p: string[]) => officials(run('en', ...p)).map((o) => o.text);

describe('English officials: a given name alone', () => {
  it('is a later mention of the person it names', () => {
    expect(
      mentions('Opposition leader Will Danby spoke on Monday.', 'Will said the vote was close.'),
    ).toEqual(['Opposition leader Will Danby', 'Will']);
  });
  it('is a common noun after a determiner ("the Bill", "a new Bill")', () => {
    const a = run(
      'en',
      'Opposition leader Bill Corran spoke on Monday.',
      'The Bill would require carriers to keep records. A new Bill was drafted in May.',
    );
    expect(officials(a).map((o) => o.text)).toEqual(['Opposition leader Bill Corran']);
    // The rule's issuer is not the person whose given name the noun happens to be.
    expect(directives(a).map((d) => d.issuer)).not.toContain('Bill Corran');
  });
  it('still reads a family name written first after "a" ("a Lin win")', () => {
    expect(mentions('Opposition leader Lin Wei-han spoke.', 'Markets feared a Lin win in the vote.')).toEqual(
      ['Opposition leader Lin Wei-han', 'Lin'],
    );
  });
  it('still reads the name after a conjunction ("that Yoon had ordered")', () => {
    expect(
      mentions('President Yoon Suk Yeol spoke.', 'Aides said that Yoon had ordered the troops home.'),
    ).toEqual(['President Yoon Suk Yeol', 'Yoon']);
  });
});
