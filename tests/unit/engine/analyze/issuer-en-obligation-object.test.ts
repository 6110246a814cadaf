import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => ({ issuer: d.issuer }));

describe('English obligation: a body after the modal is its object, not its issuer', () => {
  it('does not take the body the obligation is about', () => {
    // "the Commission" is where the country must stay, not who obliges it: the speaker is.
    expect(
      found(
        'President Ann Vale spoke in the capital on Monday.',
        'Norland must stay in the Commission to keep its influence.',
      ),
    ).toEqual([{ issuer: 'Ann Vale' }]);
  });
  it('still takes a body named as the agent, or before the modal', () => {
    expect(found('New fees must be approved by the ministry.')).toEqual([{ issuer: 'the ministry' }]);
    expect(found('Under a ministry plan, all schools must close at noon.')).toEqual([{ issuer: 'ministry' }]);
  });
  it('does not take the subject of a passive order, who is ordered', () => {
    expect(found('The Home Office has been ordered to pay compensation.')).toEqual([{ issuer: null }]);
    expect(found('Finance Minister Tom Reyes was asked to resign.')).toEqual([{ issuer: null }]);
    // The judge who gave the order before stays the issuer.
    expect(
      found(
        'Judge Ann Vale ordered the firm to release the files.',
        'The Home Office was told to pay the costs.',
      ),
    ).toEqual([{ issuer: 'Ann Vale' }, { issuer: 'Ann Vale' }]);
    // A body in an introduction before the subject still places the obligation.
    expect(found("Under the ministry's rules, banks are required to report transfers.")).toEqual([
      { issuer: 'the ministry' },
    ]);
  });
});
