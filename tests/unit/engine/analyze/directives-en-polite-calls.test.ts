import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const count = (...p: string[]) => directives(run('en', ...p)).length;

describe('English directives: a speaker\'s polite "I/We would urge ... to"', () => {
  it('reads a first-person "would urge/ask" from an authority as a call', () => {
    expect(count('"We would urge drivers to avoid the area tonight," a police spokesman said.')).toBe(1);
    expect(count('The health minister said: "We would ask everyone over 70 to stay at home."')).toBe(1);
  });
  it('still reads a third-person "would" as a forecast or a plan', () => {
    expect(count('The senator said he would urge the governor to veto the bill.')).toBe(0);
    expect(count('If re-elected, she would order a review of the scheme.')).toBe(0);
  });
});
