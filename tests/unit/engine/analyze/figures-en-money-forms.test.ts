import { describe, expect, it } from 'vitest';
import { figures, run } from './helpers';

const en = (text: string) => figures(run('en', text)).map((f) => [f.text, f.figureType, f.value, f.unit]);

describe('figures: English money written the British and South Asian ways', () => {
  it('reads a scale word glued to the number', () => {
    expect(en('The club paid £1.7billion, then €642million and a further $3trillion.')).toEqual([
      ['£1.7billion', 'money', 1.7e9, 'GBP'],
      ['€642million', 'money', 642e6, 'EUR'],
      ['$3trillion', 'money', 3e12, 'USD'],
    ]);
  });
  it('still skips a number glued to an ordinary word', () => {
    expect(en('The 4billionaires club met in room 12b.')).toEqual([]);
  });
  it('reads rupees with crore and lakh scales', () => {
    expect(
      en('The plan costs Rs 500 crore, ₹1.5 lakh crore over ten years and Rs. 20,000 a family.'),
    ).toEqual([
      ['Rs 500 crore', 'money', 5e9, 'INR'],
      ['₹1.5 lakh crore', 'money', 1.5e12, 'INR'],
      ['Rs. 20,000', 'money', 20000, 'INR'],
    ]);
  });
  it('does not take "per" as the counted noun', () => {
    expect(en('Fees rose to 300 per month.')).toEqual([['300', 'number', 300, null]]);
  });
});
