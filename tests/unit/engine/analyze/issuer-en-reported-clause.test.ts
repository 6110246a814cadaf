import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: an authority in a clause reported by someone who is none', () => {
  it('names the unnamed authority, not the newspaper, witness or source', () => {
    expect(issuers('Local media said the governor had ordered all markets shut.')).toEqual(['the governor']);
    expect(issuers('A senior official said the president had ordered troops to withdraw.')).toEqual([
      'the president',
    ]);
  });
  it('reads "reports that" as a report', () => {
    expect(
      issuers('The Dalmore Herald reported on Monday the regulator had told lenders to freeze the accounts.'),
    ).toEqual(['the regulator']);
  });
  it('names a class of authority written bare', () => {
    expect(
      issuers('Rights group Open Lines reports that censors had instructed broadcasters to drop the story.'),
    ).toEqual(['censors']);
    expect(issuers('The newspaper said prosecutors had asked the court to freeze the assets.')).toEqual([
      'prosecutors',
    ]);
  });
  it('keeps a named reporter who is an authority', () => {
    expect(
      issuers('Health Minister Kamal Rendra said the department had asked clinics to stay open.'),
    ).toEqual(['Kamal Rendra']);
    expect(issuers('The ministry said police had asked drivers to avoid the road.')).toEqual(['ministry']);
  });
});

describe('English issuer: a clause reported with "told <listener>"', () => {
  it('names the authority in the clause, not the listener or the reporter', () => {
    expect(
      issuers('Two sources told the newspaper the president had ordered the army to stand down.'),
    ).toEqual(['the president']);
    expect(
      issuers('The lawyer told the court that prosecutors had asked police to delay the arrest.'),
    ).toEqual(['prosecutors']);
  });
  it('keeps a direct order given with "told"', () => {
    expect(issuers('The minister told the agency to delay the report.')).toEqual(['The minister']);
  });
});

describe('English issuer: sources of a body report, they do not order', () => {
  it('names the authority in the reported clause', () => {
    expect(issuers('Indian government sources said the ministry had asked airlines to cut fares.')).toEqual([
      'the ministry',
    ]);
  });
});
