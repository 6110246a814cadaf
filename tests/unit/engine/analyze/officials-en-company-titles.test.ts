import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const namesOf = (...p: string[]) => [...new Set(officials(run('en', ...p)).map((o) => o.name))];

// Kinds read on unlabelled news pages: a company's officer quoted with a title a state also gives.
describe('English officials: a company title after a name', () => {
  it('is no office when a lower-case portfolio follows "vice president of"', () => {
    expect(
      namesOf('"Demand is up," said Ned Varga, vice president of business development at Orbix.'),
    ).toEqual([]);
    expect(
      namesOf('"It held," said Ola Brix, vice president of electrical engineering for Halden Power.'),
    ).toEqual([]);
  });
  it('is no office when an apposition calls the body a firm', () => {
    expect(
      namesOf('"Costs rose," said Dan Ruel, vice president of the Trade Forum, a consulting firm in Ohio.'),
    ).toEqual([]);
  });
  it('is no office when the body is named as a company', () => {
    expect(
      namesOf('"Prices fell," said Ty Besk, president of Lake-based Dana F. Besk Company, a buyer.'),
    ).toEqual([]);
  });
  it('still reads a state vice president and a public body', () => {
    expect(namesOf('Mike Pence, vice president of the United States, spoke.')).toEqual(['Mike Pence']);
    expect(namesOf('Vice President Mike Pence said the vice president of the council had left.')).toEqual([
      'Mike Pence',
    ]);
    expect(
      namesOf('Tal Ember, who was the acting director of the Department of Ports, a federal agency, spoke.'),
    ).toEqual(['Tal Ember']);
  });
});
