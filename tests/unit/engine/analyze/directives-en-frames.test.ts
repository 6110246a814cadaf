import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const first = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => d.text.slice(0, 24));

describe('English directives: verb forms the frames read', () => {
  it('reads a verb-only base form after a plural subject', () => {
    expect(first('The new rules require lenders to check incomes.')).toEqual(['The new rules require le']);
    expect(first('Health officials urge parents to vaccinate their children.')).toEqual([
      'Health officials urge pa',
    ]);
  });
  it('does not read a compound noun after a plural as a verb', () => {
    expect(first('The arms ban was lifted in May.')).toEqual([]);
  });
  it('reads a progressive order ("is directing", "are urging")', () => {
    expect(
      first(
        'The ministry is directing clinics to stop the trial.',
        'Officials are urging drivers to slow down.',
      ),
    ).toEqual(['The ministry is directin', 'Officials are urging dri']);
  });
  it('reads "asked X for" with a short object', () => {
    expect(first('Police asked the public for information about the attack.')).toEqual([
      'Police asked the public ',
    ]);
    expect(first('Police asked why the driver fled.')).toEqual([]);
  });
  it('reads an order written as a noun after "signed" or "gave"', () => {
    expect(first('Governor Ada Lin signed an order closing all bars.')).toEqual(['Governor Ada Lin signed ']);
    expect(first('The defence minister gave orders to seal the border.')).toEqual([
      'The defence minister gav',
    ]);
    expect(first('Governor Ada Lin signed the bill on Monday.')).toEqual([]);
  });
});

describe('English directives: passive bans and advice', () => {
  it('reads "is banned" and "are advised to" as rules', () => {
    expect(first('Smoking is banned in all stations.', 'Travellers are advised to carry water.')).toEqual([
      'Smoking is banned in all',
      'Travellers are advised t',
    ]);
  });
  it('does not read a past description of a ban', () => {
    expect(first('Many books were banned in the 1950s.')).toEqual([]);
  });
});

describe('English directives: verbs of compelling', () => {
  it('reads "forced"/"compels" with an authority or a rule as subject', () => {
    expect(
      first(
        'The court forced the company to publish the report.',
        'The law compels firms to disclose donations.',
      ),
    ).toEqual(['The court forced the com', 'The law compels firms to']);
  });
  it('does not read a circumstance that forces someone to act', () => {
    expect(first('High prices forced families to cut back.')).toEqual([]);
    expect(first('Security forces raided the building to end the siege.')).toEqual([]);
  });
});

describe('English directives: courts', () => {
  it('reads "the court ordered" as a verb and "court orders" as a noun', () => {
    expect(first('The Supreme Court ordered the state to release the data.')).toEqual([
      'The Supreme Court ordere',
    ]);
    expect(first('The court orders were sealed.')).toEqual([]);
  });
});

describe('English directives: bans by any subject', () => {
  it('reads "banned X" whoever the subject is, but not a ban as a noun', () => {
    expect(first('The island nation banned single-use plastic bags in 2019.')).toEqual([
      'The island nation banned',
    ]);
    expect(first('The plastic bag ban saved tons of waste.')).toEqual([]);
  });
});
