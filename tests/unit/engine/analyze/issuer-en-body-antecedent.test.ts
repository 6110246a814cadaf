import { describe, expect, it } from 'vitest';
import { bodyModifier } from '../../../../src/engine/lang/en/directive-issuer';
import { directives, run } from './helpers';

/** The issuer of each English directive found in the paragraphs. */
const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: "the government" named by an earlier mention', () => {
  it('keeps a possessive whole instead of a stray "s"', () => {
    const found = issuers(
      "Critics said Governor Ada Lind's administration moved too slowly on the floods.",
      'The administration ordered every county to publish its flood maps by May.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Lind['’]s administration$/);
  });
  it('does not take a quantifier or a comparison for the name of a body', () => {
    const found = issuers(
      'Some voters wanted more or even less government in their towns.',
      'The government ordered all ferries to stay in port.',
    );
    expect(found).toEqual(['government']);
  });
  it('still takes the modifiers that name the body', () => {
    const found = issuers(
      'The Harlow county government met on Monday.',
      'The government ordered all ferries to stay in port.',
    );
    expect(found).toEqual(['Harlow county government']);
  });
  it('keeps a capitalised "New" that is part of the name', () => {
    expect(issuers('At noon, the New Harlow Police Department ordered bars to close.')).toEqual([
      'New Harlow Police Department',
    ]);
  });
  it('reads a title word before a body word as part of the body', () => {
    expect(issuers('A Justice Department spokesman said prosecutors must disclose the files.')).toEqual([
      'Justice Department',
    ]);
  });
  it('takes no preposition, adverb or verb before a body for its qualifier', () => {
    expect(
      issuers('Calls for police to act grew. Calls for police were made; residents must stay inside.'),
    ).not.toContain('Calls for police');
    expect(bodyModifier('demands for')).toBe('');
    expect(bodyModifier('presently in')).toBe('');
    expect(bodyModifier('League lobbied')).toBe('');
    expect(bodyModifier('environment select')).toBe('environment select');
    expect(bodyModifier('Karnataka')).toBe('Karnataka');
  });
});
