import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

/** Each English directive found in the paragraphs, as [issuer, first words]. */
const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => [d.issuer, d.text.slice(0, 12)]);

const LEAD = [
  'Health minister Tom Aldane said the plan was ready.',
  'Education Secretary Ruth Keller visited a school in Leeds.',
];

describe('English issuer: a quoted order the attribution interrupts', () => {
  it('gives the order to the speaker named between the two parts of the quote', () => {
    expect(found(...LEAD, '"The police must," Ms Keller said, "release the footage at once."')).toEqual([
      ['Ruth Keller', '"The police '],
    ]);
    expect(found(...LEAD, '"Schools must," said Ms Keller, "publish their menus."')).toEqual([
      ['Ruth Keller', '"Schools mus'],
    ]);
  });
  it('still reads no order where the speaker is no authority', () => {
    expect(found(...LEAD, '"We must," said a parent, "be told the truth."')).toEqual([]);
  });
});

describe('English issuer: a body named in an apposition, with "of" or "for" in its name', () => {
  it('names the body, not the common noun before it', () => {
    expect(found('The regulator, the Office of Rail Regulation, told the firms to cut fares.')).toEqual([
      ['Office of Rail Regulation', 'The regulato'],
    ]);
  });
  it('keeps "for" inside a department\'s name', () => {
    expect(
      found('In a statement, the Department for Transport said operators would have to refund passengers.'),
    ).toEqual([['Department for Transport', 'In a stateme']]);
  });
});
