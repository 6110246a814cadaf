import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ContractRecordSchema, contractRecord } from '../../../src/cli/contract';
import type { AnnotateResult } from '../../../src/engine/types';
import { EngineAnnotationSchema } from '../../../src/shared/schema/annotation';

/** An engine result as the CLI gets it, with fields the contract must not print. */
function result(): AnnotateResult {
  return {
    article: {
      isArticle: true,
      title: 'Council sets budget',
      byline: null,
      published: '2025-03-01',
      lang: 'en',
      siteName: 'News',
      url: 'https://news.example/budget',
      text: 'Mayor Ana Lopes said spending rises 12%.',
    },
    annotations: [
      { kind: 'official', text: 'Mayor Ana Lopes', start: 0, end: 15, name: 'Ana Lopes', titles: ['Mayor'] },
      {
        kind: 'figure',
        text: '12%',
        start: 36,
        end: 39,
        figureType: 'percent',
        value: 12,
        unit: 'percent',
        debugScore: 0.9,
      } as AnnotateResult['annotations'][number],
    ],
    timings: { articleMs: 1, textMs: 2, analyzeMs: 3, totalMs: 6 },
    model: null,
  };
}

describe('CLI contract', () => {
  it('prints records the contract schema accepts, built on the shared annotation schema', () => {
    const record = contractRecord('page.html', result());
    expect(v.safeParse(ContractRecordSchema, record).success).toBe(true);
    expect(ContractRecordSchema.entries.annotations.item).toBe(EngineAnnotationSchema);
  });

  it('names exactly the schema fields of each kind, in the schema order', () => {
    const [official, figure] = contractRecord('page.html', result()).annotations;
    expect(Object.keys(official!)).toEqual(['kind', 'text', 'start', 'end', 'name', 'titles']);
    expect(Object.keys(figure!)).toEqual(['kind', 'text', 'start', 'end', 'figureType', 'value', 'unit']);
  });

  it("prints a range figure's upper end, and no empty field for a single number", () => {
    const ranged = result();
    ranged.annotations[1] = {
      ...(ranged.annotations[1] as object),
      valueTo: 15,
    } as AnnotateResult['annotations'][number];
    const [, figure] = contractRecord('page.html', ranged).annotations;
    expect(figure).toMatchObject({ value: 12, valueTo: 15, unit: 'percent' });
    expect(v.safeParse(ContractRecordSchema, contractRecord('page.html', ranged)).success).toBe(true);
    const [, single] = contractRecord('page.html', result()).annotations;
    expect('valueTo' in single!).toBe(false);
  });

  it('leaves out what the contract does not name (the canonical URL, the DOM model)', () => {
    const record = contractRecord('page.html', result());
    expect(Object.keys(record)).toEqual(['file', 'article', 'annotations', 'timings']);
    expect(Object.keys(record.article)).not.toContain('url');
  });
});
