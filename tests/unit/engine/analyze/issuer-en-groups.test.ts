import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: officials named by what qualifies them', () => {
  it('is the group as written, not the adjective before it', () => {
    expect(issuers('Provincial officials asked ferry operators to cancel the night crossings.')).toEqual([
      'Provincial officials',
    ]);
    expect(issuers('Norwegian authorities told fishing boats to return to port by noon.')).toEqual([
      'Norwegian authorities',
    ]);
  });
  it('reads "of", "for", "the" and "and" inside a name only as whole words', () => {
    // "Health officials" once read as the name "Health of" (the start of "officials").
    expect(issuers('Health officials urged parents to keep sick children at home.')).toEqual([
      'Health officials',
    ]);
    expect(issuers('The Ministry of Fisheries ordered trawlers to log every catch.')).toEqual([
      'Ministry of Fisheries',
    ]);
  });
  it('is the whole group when a body word qualifies it', () => {
    // "State" is a body word: the group of officials it qualifies is the issuer, not the state.
    expect(issuers('State health officials ordered clinics to stop using the kit.')).toEqual([
      'State health officials',
    ]);
    expect(issuers('Pentagon officials told contractors to pause the work.')).toEqual(['Pentagon officials']);
  });
  it('makes a group of office holders an authority in a closing attribution', () => {
    // A "should" binds only when an authority says it: officials are one, a neighbour is not.
    expect(issuers('Residents should boil tap water before drinking it, city officials said.')).toEqual([
      'city officials',
    ]);
    expect(issuers('Residents should boil tap water before drinking it, a neighbour said.')).toEqual([]);
    expect(issuers('Drivers must carry the new permit from May, transport regulators said.')).toEqual([
      'transport regulators',
    ]);
  });
  it('leaves the order to the person named in the clause the group reports', () => {
    expect(
      issuers(
        'Mayor Ann Lee spoke on Monday.',
        'Officials said Friday that Lee had ordered crews to clear the roads.',
      ),
    ).toEqual(['Ann Lee']);
  });
});
