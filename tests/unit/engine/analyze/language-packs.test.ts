import { describe, expect, it } from 'vitest';
import { numberConvention, packFor } from '../../../../src/engine/lang/packs';
import { detectLanguage } from '../../../../src/engine/text/detect-language';
import { directives, figures, officials, run } from './helpers';

describe('language packs', () => {
  it('finds a pack by its primary subtag, in any case', () => {
    expect(packFor('vi')?.code).toBe('vi');
    expect(packFor('en-GB')?.code).toBe('en');
    expect(packFor('EN_us')?.code).toBe('en');
    expect(packFor('fr')).toBeNull();
    expect(packFor(null)).toBeNull();
  });

  it('knows the number convention of languages without a pack', () => {
    expect(numberConvention('de')?.decimal).toBe(',');
    expect(numberConvention('ja')?.decimal).toBe('.');
    expect(numberConvention('xx')).toBeNull();
  });

  it('reads figures on a page whose language has only a number convention, and nothing else', () => {
    const found = run(
      'fr',
      "Le ministre Jean Dupont a ordonné aux préfets de verser 2,5 millions d'euros avant le 4/1.",
    );
    expect(officials(found)).toEqual([]);
    expect(directives(found)).toEqual([]);
    // The decimal comma and the day-first date are read; scale words are a pack's lexicon, so none here.
    expect(figures(found).map((f) => f.value)).toEqual([2.5, '--01-04']);
  });

  it('applies no rules to a language it knows nothing of', () => {
    expect(run('xx', 'The minister ordered 40 ministries to report by March 31.')).toEqual([]);
  });

  it('keeps English rules off a page declared in another language', () => {
    const text = 'The minister ordered the agencies to report within 30 days, the ministry said. '.repeat(4);
    expect(detectLanguage('de', text)).toBe('de');
    expect(directives(run('de', text))).toEqual([]);
  });

  it('reads the same digits by each pack convention', () => {
    const [vi] = figures(run('vi', 'Doanh thu đạt 4.284 USD.'));
    const [en] = figures(run('en', 'Revenue reached 4.284 dollars.'));
    expect(vi?.value).toBe(4284);
    expect(en?.value).toBe(4.284);
  });
});
