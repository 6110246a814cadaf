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
