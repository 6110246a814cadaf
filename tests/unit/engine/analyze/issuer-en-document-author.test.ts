import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

/** Each English directive found in the paragraphs, as [issuer, first words]. */
const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => [d.issuer, d.text.slice(0, 12)]);

describe('English issuer: a rule stated by a document someone issued earlier', () => {
  it('gives the document the issuer of the sentence that issued it', () => {
    expect(
      found(
        'The Security Council adopted a resolution on Friday.',
        'The resolution also calls on member states to inspect all cargo.',
      ),
    ).toEqual([['Security Council', 'The resoluti']]);
  });
  it('reads an opening "Under the order" the same way, over a body named in between', () => {
    expect(
      found(
        'Governor Lisa Crane issued an executive order on Sunday.',
        'The Health Department reported 40 new cases.',
        'Under the order, restaurants must close by 10 p.m.',
      ),
    ).toContainEqual(['Lisa Crane', 'Under the or']);
  });
  it('matches the kind of document: an order is not the law passed before it', () => {
    expect(
      found(
        'Parliament passed a law on data retention last year.',
        'The Health Department reported 40 new cases.',
        'Under the order, restaurants must close by 10 p.m.',
      ),
    ).not.toContainEqual(['Parliament', 'Under the or']);
  });
});
