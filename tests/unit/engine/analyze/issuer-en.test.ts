import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

/** The issuer of each English directive found in the paragraphs. */
const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: bodies named in full', () => {
  it('joins a body named inside a longer one', () => {
    expect(issuers('The Global Security Council demanded an immediate ceasefire.')).toEqual([
      'Global Security Council',
    ]);
    expect(issuers('The state health department told hospitals to cancel surgeries.')).toEqual([
      'state health department',
    ]);
    // A clause word between two bodies keeps them apart.
    expect(issuers('The state said the court must rule by Friday.')).toEqual(['state']);
  });
  it('takes the name an apposition gives a body', () => {
    expect(issuers('The bloc’s executive, the Union Commission, told Norland to revise its budget.')).toEqual(
      ['Union Commission'],
    );
    expect(issuers('The regulator, Ofwave, ordered the broadcaster to apologise.')).toEqual(['Ofwave']);
  });
  it('reads the leader’s body as the body, with or without a possessive', () => {
    expect(
      issuers('President Lia Brand spoke on Monday.', 'The Brand administration told agencies to cut costs.'),
    ).toEqual(['The Brand administration']);
  });
});

describe('English issuer: spokespeople, documents and pronouns', () => {
  it('gives an unnamed spokesperson’s order to the body they speak for', () => {
    expect(issuers('A Harbour Office spokesman said councils must house the families.')).toEqual([
      'Harbour Office',
    ]);
    expect(issuers('A spokesman for the Health Ministry said hospitals must report every case.')).toEqual([
      'Health Ministry',
    ]);
    expect(
      issuers('The Health Ministry issued a warning.', 'A spokeswoman said clinics must stay open.'),
    ).toEqual(['Health Ministry']);
  });
  it('keeps a named spokesperson, found through the title written before the name', () => {
    expect(
      issuers(
        'Health Ministry spokesman Ivo Renk spoke.',
        'The spokesman said hospitals must report every case.',
      ),
    ).toEqual(['Ivo Renk']);
  });
  it('reads the author of a document signed or passed by an authority', () => {
    expect(issuers('The order, signed by Governor Nora Quist, requires residents to stay home.')).toEqual([
      'Nora Quist',
    ]);
    expect(issuers('The law passed by the Senate requires banks to report large transfers.')).toEqual([
      'Senate',
    ]);
  });
  it('reads "it" as the body that last stood as a subject, not the last person', () => {
    expect(
      issuers(
        'Governor Nora Quist ordered a review.',
        'The state health department said on Monday it was ready. It also told hospitals to cancel surgeries.',
      ),
    ).toEqual(['Nora Quist', 'state health department']);
  });
  it('gives a quote that goes on to the speaker named before it', () => {
    expect(
      issuers(
        '"We will not tolerate this," said Interior Minister Nora Quist. "All police must be on alert."',
      ),
    ).toEqual(['Nora Quist']);
  });
});

describe('English issuer: a bare title and the official who holds it', () => {
  it('reads a portfolio written after the head as the same office', () => {
    expect(
      issuers(
        'Minister of Foreign Affairs Nora Quist arrived.',
        'The foreign minister urged Norland to withdraw.',
      ),
    ).toEqual(['Nora Quist']);
    expect(
      issuers('Secretary of Health Nora Quist arrived.', 'The health secretary told hospitals to prepare.'),
    ).toEqual(['Nora Quist']);
  });
  it('does not give a portfolio’s title to a minister of another portfolio', () => {
    expect(
      issuers(
        'Minister of Foreign Affairs Nora Quist arrived.',
        'The health minister urged Norland to withdraw.',
      ),
    ).toEqual(['The health minister']);
  });
});

describe('English issuer: unattributed obligations', () => {
  it('gives a rule stated without a speaker to the body that last acted as a subject', () => {
    expect(
      issuers(
        'Governor Tom Reyes welcomed the plan.',
        'The Norland administration set new rules for ferry operators on Friday.',
        'All ferries must now carry two life rafts.',
      ),
    ).toEqual(['The Norland administration']);
  });
  it('falls back to the official when no body acted before', () => {
    expect(
      issuers(
        'Governor Tom Reyes spoke about the ferries on Friday.',
        'All ferries must now carry two life rafts.',
      ),
    ).toEqual(['Tom Reyes']);
  });
});

describe('English issuer: what stands before the subject', () => {
  it('skips a participle clause and a connective', () => {
    expect(
      issuers('Citing safety concerns, the Health Ministry told hospitals to cancel surgeries.'),
    ).toEqual(['Health Ministry']);
    expect(
      issuers(
        'Health Minister Jo Park spoke on Monday.',
        'This week, therefore, the Health Ministry told hospitals to cancel surgeries.',
      ),
    ).toEqual(['Health Ministry']);
  });
  it('skips an opening prepositional phrase', () => {
    expect(issuers('Amid rising prices, the Trade Ministry told shops to display their prices.')).toEqual([
      'Trade Ministry',
    ]);
    expect(issuers('Ahead of the storm, the coastal authority ordered residents to leave.')).toEqual([
      'coastal authority',
    ]);
  });
  it('reads the subject inside a quote that does not close before the verb', () => {
    expect(issuers('“Marland urges Norland to withdraw its troops at once.')).toEqual(['Marland']);
  });
});

describe('English issuer: orders that name no issuer', () => {
  it('go on from the last order’s issuer', () => {
    expect(
      issuers(
        'Health Minister Jo Park ordered schools to close on Monday.',
        'The measures also urged parents to keep children at home.',
      ),
    ).toEqual(['Jo Park', 'Jo Park']);
  });
  it('stay without an issuer when no order came before', () => {
    expect(issuers('The measures also urged parents to keep children at home.')).toEqual([null]);
  });
});
