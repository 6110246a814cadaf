import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

/** The issuer of each English directive found in the paragraphs. */
const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: what opens a sentence before its subject', () => {
  it('skips a sentence adverb set off by a comma', () => {
    expect(issuers('Unexpectedly, the Transport Ministry ordered all ferries to stay in port.')).toEqual([
      'Transport Ministry',
    ]);
    expect(issuers('Altogether, the agency told 40 firms to stop work.')).toEqual(['the agency']);
  });
  it('skips a wire dateline that carries a date', () => {
    expect(issuers('OSLO, March 3 - The Finance Ministry told banks to raise their reserves.')).toEqual([
      'Finance Ministry',
    ]);
    expect(
      issuers('OSLO, Jan. 12, 2024 (Newswire) - The Finance Ministry told banks to report daily.'),
    ).toEqual(['Finance Ministry']);
  });
  it('skips a participle clause led by an adverb', () => {
    expect(issuers('Typically used for storms, the county board told residents to stay inside.')).toEqual([
      'county board',
    ]);
  });
  it('skips an opening phrase led by any preposition', () => {
    expect(issuers('Over the long weekend, the Port Authority told ferries to stay in dock.')).toEqual([
      'Port Authority',
    ]);
    expect(issuers('According to the memo, the agency ordered staff to work from home.')).toEqual([
      'the agency',
    ]);
  });
  it('keeps a name that opens the sentence before a comma', () => {
    expect(issuers('Governor Nora Quist, speaking on Monday, ordered schools to close.')).toEqual([
      'Nora Quist',
    ]);
    // A capitalised word without "-ly" is no adverb: the body after it is not taken for the subject.
    expect(issuers('Kenya, the Interior Ministry said, must close its border.')).not.toContain(
      'Interior Ministry',
    );
  });
});

describe('English issuer: a quoted order is its speaker’s', () => {
  it('gives a quote whose subject is a bare proper noun to the authority who closes it', () => {
    expect(issuers('"Tarland urges Norland to stop the drills now," the Foreign Ministry said.')).toEqual([
      'Foreign Ministry',
    ]);
  });
  it('gives "we" in a later clause of the quote to its speaker', () => {
    expect(
      issuers(
        '"The Republic opposes intimidation, and we call for an end to it," Defence Minister Ola Brink said.',
      ),
    ).toEqual(['Ola Brink']);
  });
  it('keeps the subject when no authority closes the quote', () => {
    expect(issuers('"Tarland urges Norland to stop the drills now," a fisherman said.')).toEqual(['Tarland']);
    // A body inside the quote is its own subject, whoever speaks.
    expect(issuers('"The Trade Ministry ordered all ports to close," Governor Ana Lind said.')).toEqual([
      'Trade Ministry',
    ]);
  });
});
