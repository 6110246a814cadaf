import { describe, expect, it } from 'vitest';
import type { AnnotateResult } from '../../../src/engine/types';
import { exportFromEngine, exportFromStore } from '../../../src/export/model';
import type { AnnotationRow, PageRecord } from '../../../src/shared/records';

const TEXT = 'Thủ tướng Hoàng Văn Thịnh yêu cầu tăng 5%.';

describe('exportFromEngine', () => {
  const result: AnnotateResult = {
    article: {
      isArticle: true,
      title: 'T',
      byline: null,
      published: null,
      lang: 'vi',
      siteName: null,
      url: null,
      text: TEXT,
    },
    annotations: [
      {
        kind: 'official',
        text: 'Thủ tướng Hoàng Văn Thịnh',
        start: 0,
        end: 25,
        name: 'Hoàng Văn Thịnh',
        titles: ['Thủ tướng'],
      },
      { kind: 'figure', text: '5%', start: 39, end: 41, figureType: 'percent', value: 5, unit: 'percent' },
    ],
    timings: { articleMs: 0, textMs: 0, analyzeMs: 0, totalMs: 0 },
    model: null,
  };

  it('keeps the engine offsets and text and computes both selectors', () => {
    const doc = exportFromEngine('file:///p.html', result, 0);
    expect(doc.exported).toBe('1970-01-01T00:00:00.000Z');
    expect(doc.annotations[1]).toMatchObject({
      iri: 'file:///p.html#newsmark-figure-39-41',
      kind: 'figure',
      origin: 'auto',
      quote: '5%',
      start: 39,
      end: 41,
      value: 5,
      tags: ['figure', 'percent'],
    });
    expect(doc.annotations[1]!.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: '5%', prefix: TEXT.slice(7, 39), suffix: '.' },
      { type: 'TextPositionSelector', start: 39, end: 41 },
    ]);
  });
});

describe('exportFromStore', () => {
  it('names rows by urn:uuid and drops storage-only fields', () => {
    const page: PageRecord = {
      url: 'https://a.example/x',
      canonicalUrl: null,
      title: 'X',
      site: null,
      lang: 'en',
      published: null,
      byline: null,
      firstSeen: 1,
      lastSeen: 2,
    };
    const row: AnnotationRow = {
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      url: page.url,
      kind: 'directive',
      origin: 'auto',
      quote: 'Do it.',
      start: 0,
      end: 6,
      selectors: [],
      tags: ['directive'],
      entityKey: null,
      issuer: null,
      created: 0,
      modified: 0,
    };
    const doc = exportFromStore(page, [row], 0);
    expect(doc.page).toEqual({
      url: page.url,
      canonicalUrl: null,
      title: 'X',
      site: null,
      lang: 'en',
      published: null,
      byline: null,
    });
    expect(doc.annotations[0]).toEqual({
      iri: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
      kind: 'directive',
      origin: 'auto',
      quote: 'Do it.',
      start: 0,
      end: 6,
      selectors: [],
      tags: ['directive'],
      issuer: null,
      created: '1970-01-01T00:00:00.000Z',
    });
    // A row stored before imports bounded their times: exported without a date, not thrown on.
    const future = exportFromStore(page, [{ ...row, created: 1e300 }], 0);
    expect(future.annotations[0]).not.toHaveProperty('created');
  });
});
