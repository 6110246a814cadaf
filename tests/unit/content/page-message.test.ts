import { describe, expect, it } from 'vitest';
import { pageAnnotatedParts } from '../../../src/content/page-message';
import type { AnnotateResult } from '../../../src/engine/types';

const TEXT = 'Bộ trưởng Nguyễn Văn A yêu cầu giảm 5% chi phí.';

function result(): AnnotateResult {
  return {
    article: {
      isArticle: true,
      title: 'Tin',
      byline: null,
      published: '2024-01-04',
      lang: 'vi',
      siteName: null,
      url: '/tin-1.html',
      text: TEXT,
    },
    annotations: [
      {
        kind: 'official',
        text: 'Bộ trưởng Nguyễn Văn A',
        start: 0,
        end: 22,
        name: 'Nguyễn Văn A',
        titles: ['Bộ trưởng'],
      },
      { kind: 'figure', text: '5%', start: 36, end: 38, figureType: 'percent', value: 5, unit: 'percent' },
      { kind: 'figure', text: 'broken', start: 40, end: 999, figureType: 'number', value: 1, unit: null },
    ],
    timings: { articleMs: 0, textMs: 0, analyzeMs: 0, totalMs: 0 },
    model: null,
  };
}

describe('pageAnnotatedMessage', () => {
  it('keys the page by its cleaned location and resolves the canonical URL', () => {
    const msg = pageAnnotatedParts(result(), 'https://tin.example/a/b?utm_campaign=z#top', 'set-1')[0]!;
    expect(msg.type).toBe('content/page-annotated');
    expect(msg.page).toMatchObject({
      url: 'https://tin.example/a/b',
      canonicalUrl: 'https://tin.example/tin-1.html',
      site: 'tin.example',
      title: 'Tin',
    });
  });

  it('keeps a canonical link only as an http(s) page key', () => {
    const withCanonical = (url: string) => {
      const r = result();
      r.article.url = url;
      return pageAnnotatedParts(r, 'https://tin.example/a', 'set-1')[0]!.page.canonicalUrl;
    };
    expect(withCanonical('javascript:alert(1)')).toBeNull();
    expect(withCanonical('data:text/html,hi')).toBeNull();
    expect(withCanonical('//cdn.example/tin-1.html?fbclid=1#x')).toBe('https://cdn.example/tin-1.html');
  });

  it('adds quote and position selectors and drops ranges outside the text', () => {
    const msg = pageAnnotatedParts(result(), 'https://tin.example/a', 'set-1')[0]!;
    expect(msg.annotations.map((a) => a.text)).toEqual(['Bộ trưởng Nguyễn Văn A', '5%']);
    expect(msg.annotations[1]!.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: '5%', prefix: TEXT.slice(4, 36), suffix: ' chi phí.' },
      { type: 'TextPositionSelector', start: 36, end: 38 },
    ]);
  });
});
