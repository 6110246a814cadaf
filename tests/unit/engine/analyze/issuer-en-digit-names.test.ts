import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: a proper name holding digits', () => {
  it('keeps the digits ("G7", "G20")', () => {
    expect(issuers('The G7 leaders called on Kestria to withdraw its troops.')).toEqual(['G7']);
    expect(issuers('Leaders of the G20 urged central banks to keep rates low.')).toEqual([
      'Leaders of the G20',
    ]);
  });
});
