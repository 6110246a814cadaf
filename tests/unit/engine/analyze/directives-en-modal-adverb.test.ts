import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => ({ issuer: d.issuer }));

describe('English obligation: an adverb before the modal hides neither its subject nor its auxiliary', () => {
  it('refuses a listener or a pronoun subject behind an adverb', () => {
    expect(found("You'll still have to set aside some time if you want to play.")).toEqual([]);
    expect(found('But something will clearly have to change to bring that future around.')).toEqual([]);
  });
  it('reads "would then have to" as a hypothesis', () => {
    expect(found('The plan would then have to be approved so there is still a ways to go.')).toEqual([]);
  });
  it('keeps obligations with an adverb that an authority or a rule places', () => {
    expect(found('Under the new law, employers will still have to enroll staff.')).toEqual([
      { issuer: null },
    ]);
    expect(found('The ministry said companies would also have to register.')).toEqual([
      { issuer: 'ministry' },
    ]);
    expect(found('Companies will also have to register their staff, the ministry said.')).toEqual([
      { issuer: 'the ministry' },
    ]);
    expect(found('The family will have to leave the house, the court ruled.')).toEqual([
      { issuer: 'the court' },
    ]);
  });
});
