import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: a name after title words the officials analyzer does not know', () => {
  it('names the holder, not the word that opens the title', () => {
    expect(issuers('Regulatory czar Tomas Brenner ordered agencies to review every pending rule.')).toEqual([
      'Tomas Brenner',
    ]);
    expect(issuers('Retired IAS officer Suresh Kanwal urged the state to hold an inquiry.')).toEqual([
      'Suresh Kanwal',
    ]);
  });
  it('does not take a place after a preposition for a name', () => {
    expect(issuers('Police in New Varna ordered shops to close early.')).not.toEqual(['New Varna']);
  });
});

describe('English issuer: a title whose holder an apposition names', () => {
  it('names the holder the officials analyzer missed', () => {
    expect(
      issuers("Tarwin's chief health officer, Dr Hannah Reeve, ordered care homes to close to visitors."),
    ).toEqual(['Hannah Reeve']);
  });
  it('keeps the title without an apposed name', () => {
    expect(issuers("The state's chief health officer ordered care homes to close to visitors.")).toEqual([
      "The state's chief health officer",
    ]);
  });
});

describe('English issuer: a holder whose initials are written together', () => {
  it('names the whole name', () => {
    expect(issuers('Karnataka Chief Minister B.S. Ravindra has ordered officials to file a report.')).toEqual(
      ['B.S. Ravindra'],
    );
  });
});

describe('English issuer: a title right before a name the officials analyzer missed', () => {
  it('names the holder', () => {
    expect(issuers('Justice A.K. Sorabji ordered the state to pay compensation.')).toEqual(['A.K. Sorabji']);
  });
  it('keeps a bare title', () => {
    expect(issuers('The chief justice ordered the state to pay compensation.')).toEqual([
      'The chief justice',
    ]);
  });
});

describe('English issuer: an office phrase and its holder set off by commas', () => {
  it('names the holder, not the body the office belongs to', () => {
    expect(
      issuers('The head of the UN refugee agency, Livio Marchetti, urged states to take in more refugees.'),
    ).toEqual(['Livio Marchetti']);
    expect(issuers("The Union's foreign policy chief, Anders Kvist, called on both sides to talk.")).toEqual([
      'Anders Kvist',
    ]);
  });
  it('keeps a body with no office word before the comma', () => {
    expect(issuers('The ministry, in a statement, told airlines to suspend flights.')).toEqual(['ministry']);
  });
});

describe('English issuer: a portfolio between the title and the name', () => {
  it('names the holder after a bracketed portfolio', () => {
    expect(
      issuers('Additional Chief Secretary (Home) Rakesh Jainta directed the police to tighten security.'),
    ).toEqual(['Rakesh Jainta']);
  });
  it('names the holder after "for housing," and an honorific', () => {
    expect(
      issuers("The council's cabinet member for housing, Cllr Peter Wynn, told landlords to register."),
    ).toEqual(['Peter Wynn']);
  });
});

describe('English issuer: an owner named by its possessive document', () => {
  it('names the owner of a document with no author of its own', () => {
    expect(issuers("The Centre's guidelines require employers to provide transport.")).toEqual(['Centre']);
  });
  it('drops a title word before an apposed name', () => {
    expect(
      issuers("The ministry's top official, Permanent Secretary Joan Carr, told staff to return to work."),
    ).toEqual(['Joan Carr']);
  });
});

describe('English issuer: an abbreviated title with a bracketed portfolio', () => {
  it('names the holder, not the abbreviation', () => {
    expect(issuers('DCP (South) Atul Thakar asked residents to install cameras.')).toEqual(['Atul Thakar']);
    expect(issuers('ADG (Law and Order) Prashant Kumer directed police chiefs to stay alert.')).toEqual([
      'Prashant Kumer',
    ]);
  });
});
