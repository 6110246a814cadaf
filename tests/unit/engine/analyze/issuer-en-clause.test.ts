import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

// Kinds read on unlabelled news pages: the ordering verb stands in a clause of its own.
describe('English issuer: the authority heading the ordering verb’s own clause', () => {
  it('is the subject after "after", "when", "as", "and", not the sentence’s subject', () => {
    expect(issuers('Shops reopened on Monday, a week after Governor Ann Vale ordered them closed.')).toEqual([
      'Ann Vale',
    ]);
    expect(issuers('Lee dropped the suit after a federal judge demanded he name the witnesses.')).toEqual([
      'a federal judge',
    ]);
    expect(
      issuers('Ambassador Tom Reyes spoke.', 'He recalled a meeting when Reyes told the envoys to wait.'),
    ).toEqual(['Tom Reyes']);
    expect(issuers('Police cordoned off the area and the mayor ordered residents to stay indoors.')).toEqual([
      'the mayor',
    ]);
  });
  it('keeps a directive whose sentence subject gives no order', () => {
    expect(issuers('Protesters gathered outside parliament as the prime minister urged calm.')).toEqual([
      'the prime minister',
    ]);
  });
  it('is not a noun after "after" whose possessor made the act', () => {
    expect(
      issuers('A proclamation issued after President Ann Vale’s address banned all political activity.'),
    ).not.toEqual(['Ann Vale']);
  });
  it('is the sentence’s subject when the verb is its own', () => {
    expect(issuers('Interior Minister Tom Reyes arrived and ordered police to guard the stations.')).toEqual([
      'Tom Reyes',
    ]);
  });
});

describe('English directives: "told X they would need to"', () => {
  it('reads the obligation told to the addressee', () => {
    expect(
      issuers('Ambassador Tom Reyes told visiting officials they would need to deliver before any meeting.'),
    ).toEqual(['Tom Reyes']);
  });
});
