import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('en', ...paragraphs)).map((d) => d.issuer);

describe('English issuer: the body obliged under a rule is not its issuer', () => {
  it('looks past the obliged body to the rule’s author', () => {
    expect(
      issuers(
        'The Supreme Court ruled on Monday in favour of the petitioners.',
        'Under the ruling, the government must release the detainees within 30 days.',
      ),
    ).toEqual(['Supreme Court']);
  });
  it('keeps a body that the opening rule names as author', () => {
    expect(issuers('Under rules set by the regulator, banks must hold more cash in reserve.')).toEqual([
      'the regulator',
    ]);
  });
});
