import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: a closing "according to" an authority or its document', () => {
  it('names the authority', () => {
    expect(
      issuers(
        'Banks have been asked to review their exposure, according to a ministry letter seen by Reuters.',
      ),
    ).toEqual(['ministry']);
  });
  it('leaves a news agency or bare officials out', () => {
    expect(issuers('Banks have been asked to review their exposure, according to Reuters.')).toEqual([null]);
  });
});

describe('English issuer: a document written by an official', () => {
  it('names the writer the apposition gives', () => {
    expect(
      issuers(
        'The letter, written by the committee chairman, Senator Ruth Calder, asks the agency to explain.',
      ),
    ).toEqual(['Ruth Calder']);
  });
  it('drops the article before an acronym', () => {
    expect(issuers('An RBI circular asked banks to stop dealing with crypto firms.')).toEqual(['RBI']);
  });
});

describe('English issuer: an attribution in commas after the modal', () => {
  it('names the speaker of a firm obligation', () => {
    expect(issuers('Hospitals must, the ministry said, report every case.')).toEqual(['the ministry']);
  });
  it('leaves a "should" to the readers it had', () => {
    expect(issuers('Lenders should focus on this, Tom Vale said, including debt.')).toEqual([]);
  });
});

describe('English issuer: "as per" a document, and a document that "reads"', () => {
  it('names the document’s author', () => {
    expect(
      issuers('All shops must close by 8 pm, as per the order issued by the district magistrate.'),
    ).toEqual(['the district magistrate']);
    expect(
      issuers('All shops must close by 8 pm, reads the order issued by the district magistrate.'),
    ).toEqual(['the district magistrate']);
  });
});
