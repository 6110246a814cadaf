import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const found = (text: string) => officials(run('en', text)).map((o) => ({ name: o.name, titles: o.titles }));

describe('English office owned by a polity: "the country\'s finance minister"', () => {
  it('reads the apposition after a name as the office', () => {
    expect(found('Tom Reyes, the country’s finance minister, said talks would resume.')).toEqual([
      { name: 'Tom Reyes', titles: ['country’s finance minister'] },
    ]);
    expect(found("Ann Vale, the bloc's foreign policy chief, said the talks failed.")).toEqual([
      { name: 'Ann Vale', titles: ["bloc's foreign policy chief"] },
    ]);
    expect(found("Ann Vale, the nation's president, spoke on Monday.")).toEqual([
      { name: 'Ann Vale', titles: ["nation's president"] },
    ]);
  });
  it('leaves a company’s office and a description that is no office', () => {
    expect(found("Tom Reyes, the company's president, said sales rose.")).toEqual([]);
    expect(found("Tom Reyes, the country's richest man, said sales rose.")).toEqual([]);
  });
});
