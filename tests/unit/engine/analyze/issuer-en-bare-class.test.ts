import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: a class of authority written bare as the subject', () => {
  it('names the class as written', () => {
    expect(issuers('The prosecutors asked the judge to deny bail.')).toEqual(['prosecutors']);
    expect(issuers('The justices ordered the lower court to reconsider the case.')).toEqual(['justices']);
    expect(issuers('The regulators have told banks to hold more capital.')).toEqual(['regulators']);
  });
  it('leaves bare "officials" to the context', () => {
    expect(issuers('The officials ordered the factory to close.')).toEqual([null]);
  });
});
