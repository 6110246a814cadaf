import { describe, expect, it } from 'vitest';
import { exportDocuments, toBackup, toW3cLibrary } from '../../../src/export/backup';
import { toCsv } from '../../../src/export/csv';
import { parseImport } from '../../../src/export/import-parse';
import { toMarkdown } from '../../../src/export/markdown';
import type { ExportAnnotation } from '../../../src/export/model';
import { formatFigureValue } from '../../../src/export/summary';
import { figureValueText } from '../../../src/shared/figure-display';
import { sampleLibrary } from '../store/library.test-data';
import { sampleExport } from './fixture.test-data';

/** The sample page with one more figure: a range written once for both ends. */
function withRange() {
  const doc = sampleExport();
  const range: ExportAnnotation = {
    iri: 'urn:uuid:range',
    kind: 'figure',
    origin: 'auto',
    quote: '0,5 - 1 tỷ USD',
    start: 70,
    end: 84,
    selectors: [{ type: 'TextPositionSelector', start: 70, end: 84 }],
    tags: ['figure', 'money'],
    figureType: 'money',
    value: 500_000_000,
    valueTo: 1_000_000_000,
    unit: 'USD',
  };
  doc.annotations.push(range);
  return doc;
}

describe('a range figure in every place it is shown', () => {
  it('reads both ends, the unit once', () => {
    expect(formatFigureValue({ value: 6, valueTo: 8, unit: 'percent' })).toBe('6–8%');
    expect(figureValueText(6, 'percent', 'en', 8)).toBe('6–8%');
    expect(figureValueText(5e8, 'USD', 'en', 1e9)).toBe('500 million–1 billion USD');
    expect(figureValueText(5e8, 'USD', 'vi', 1e9)).toBe('500 triệu–1 tỷ USD');
  });
  it('exports both ends in Markdown and CSV', () => {
    const doc = withRange();
    expect(toMarkdown(doc)).toContain('- 0,5 - 1 tỷ USD → 500,000,000–1,000,000,000 USD');
    const line = toCsv(doc)
      .split('\r\n')
      .find((l) => l.includes('0,5 - 1'));
    expect(line).toContain(',money,500000000,1000000000,USD,');
  });
});

describe('a range figure through a backup and a W3C collection', () => {
  it('comes back with its upper end', () => {
    const { pages, annotations } = sampleLibrary();
    const figure = annotations.find((a) => a.kind === 'figure')!;
    Object.assign(figure, { quote: '12.450 - 13.000 tỷ đồng', valueTo: 13_000_000_000_000 });
    for (const text of [
      JSON.stringify(toBackup(pages, annotations, 0)),
      JSON.stringify(toW3cLibrary(exportDocuments(pages, annotations, 0), 0)),
    ]) {
      const parsed = parseImport(text, 5);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const back = parsed.annotations.find((a) => a.id === figure.id || a.quote === figure.quote);
      expect(back).toMatchObject({ value: 12_450_000_000_000, valueTo: 13_000_000_000_000 });
    }
  });
});
