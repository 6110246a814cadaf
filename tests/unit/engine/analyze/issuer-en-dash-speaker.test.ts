import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => ({ issuer: d.issuer }));

describe('English obligation: the speaker of a clause after a dash', () => {
  it('reads the speaker after the dash, not the subject before it', () => {
    expect(
      found(
        "President Tom Reyes's plan was already a tall order — the energy ministry says the coal industry must close more mines.",
      ),
    ).toEqual([{ issuer: 'energy ministry' }]);
  });
  it('keeps a speaker whose dashes set off an aside', () => {
    expect(found('The ministry — which runs the schools — said all pupils must wear masks.')).toEqual([
      { issuer: 'ministry' },
    ]);
  });
});
