import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: "he" and "she"', () => {
  it('is the person who last stood as a subject, titled or not', () => {
    // Tom Arlen has no title here, so the officials analyzer does not find him; the official
    // named in his sentence's object is not the one "he" refers to.
    expect(
      issuers(
        'Tom Arlen said he had agreed with the Italian finance minister Dario Venti to share the research.',
        'Private firms spend little on the search, Mr Arlen said. He called on rich nations to buy the first doses.',
      ),
    ).toEqual(['Tom Arlen']);
  });
  it('goes past sentences led by "he" or by no person to the person they carry on', () => {
    expect(
      issuers(
        'Envoy Lena Marsh plans to hold the talks in Geneva.',
        'Omar Haddad, who leads the opposition council, told reporters his side would stay away. The offer was late, he said. He demanded an end to the sieges.',
      ),
    ).toEqual(['Omar Haddad']);
  });
  it('reads a doctor named in full, and still falls back to the officials when no subject is a person', () => {
    expect(
      issuers(
        'Dr. Ruth Okafor of the state health department says the risk remains. She says residents should cover water tanks.',
      ),
    ).toEqual(['Ruth Okafor']);
    expect(
      issuers(
        'Governor Ann Vale spoke on Monday.',
        'The storm hit the coast. She told residents to stay indoors.',
      ),
    ).toEqual(['Ann Vale']);
  });
});
