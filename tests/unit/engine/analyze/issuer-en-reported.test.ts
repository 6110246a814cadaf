import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: an order reported by someone else', () => {
  it('is the authority that heads the reported clause, not the one who reports it', () => {
    expect(
      issuers(
        'Foreign Ministry spokesman Lu Kang said the Ministry of Commerce had asked exporters to file early.',
      ),
    ).toEqual(['Ministry of Commerce']);
    expect(
      issuers('A government source said on Tuesday that Transport Minister Ann Vale ordered the port shut.'),
    ).toEqual(['Ann Vale']);
  });
  it('stays the reporter when the reported subject is the reporter or their own body', () => {
    expect(
      issuers('Interior Minister Tom Reyes said he had ordered police to guard the polling stations.'),
    ).toEqual(['Tom Reyes']);
    // "his ministry" is the ministry the spokesman speaks for.
    expect(
      issuers('A Treasury spokesman said his department had told banks to report the transfers.'),
    ).toEqual(['Treasury']);
  });
  it('stays the reporter when the reported body is one the article never names', () => {
    expect(
      issuers('A spokeswoman for the Home Office said the department had told councils to prepare.'),
    ).toEqual(['Home Office']);
  });
});
