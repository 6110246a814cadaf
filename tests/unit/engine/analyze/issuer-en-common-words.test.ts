import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('en', ...paragraphs));
const issuers = (...paragraphs: string[]) => found(...paragraphs).map((d) => d.issuer);

describe('English issuer: a capitalised common word that opens a sentence names no one', () => {
  it('does not take the word for a proper noun when the article writes it in lower case', () => {
    // "Rebuilding" is a common word here: the sentence has no one to require anything.
    expect(
      found('Cities are rebuilding fast.', 'Rebuilding the old port requires cranes to lift the hulls.'),
    ).toEqual([]);
  });
  it('keeps a name that the article also capitalises inside a sentence', () => {
    expect(
      issuers(
        'The vote went to Chancellor Rosa Bright, who was on leave from may until June.',
        'Bright ordered the agencies to publish their accounts.',
      ),
    ).toEqual(['Rosa Bright']);
  });
  it('keeps plural office holders as the issuer ("Prosecutors told ... to")', () => {
    expect(
      issuers('The prosecutors met on Monday.', 'Prosecutors told the bank to hand over its records.'),
    ).toEqual(['Prosecutors']);
  });
});

describe('English issuer: a label before a subject that names no authority', () => {
  it('gives a rule under a state label to the state ("Oregon: Employers can’t require ...")', () => {
    expect(
      issuers(
        'Several states passed laws on what employers may ask.',
        'Norland: Employers and schools can’t require staff to hand over their passwords.',
      ),
    ).toEqual(['Norland']);
  });
});

describe('English issuer: words that are never a name or a body', () => {
  it('does not take a subordinator that opens the sentence for a name', () => {
    expect(issuers('Despite protests urging a recount to begin, nothing changed.')).not.toContain('Despite');
  });
  it('does not take "on board" or the verb "board" for a board', () => {
    expect(
      issuers(
        'The Rail Authority met on Monday.',
        'Drinks must not be consumed on board, passengers were told.',
      ),
    ).toEqual(['Rail Authority']);
    expect(issuers('The schools board told parents to keep children home.')).toEqual(['schools board']);
  });
});
