import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDirectives, scoreFigures, scoreOfficials } from '../../../../scripts/eval/entities-score';
import { loadDocument } from '../../../../src/cli/load-document';
import { annotateDocument } from '../../../../src/engine/annotate';

const seedDir = resolve(import.meta.dirname, '../../../../../shared/seed');
const present = existsSync(resolve(seedDir, 'seed-article.gold.json'));
if (!present) console.warn(`seed gold not found at ${seedDir}: skipping the end-to-end seed check`);

describe.skipIf(!present)('seed article against its gold', () => {
  it('finds every gold official, figure and directive with no false positive', async () => {
    const gold = JSON.parse(readFileSync(resolve(seedDir, 'seed-article.gold.json'), 'utf8'));
    const { annotations } = annotateDocument(await loadDocument(resolve(seedDir, 'seed-article.html')));
    const officials = scoreOfficials(
      annotations.flatMap((a) => (a.kind === 'official' ? [a.name] : [])),
      gold,
    );
    const figures = scoreFigures(
      annotations.flatMap((a) => (a.kind === 'figure' ? [a.text] : [])),
      gold,
    );
    const directives = scoreDirectives(
      annotations.flatMap((a) => (a.kind === 'directive' ? [{ text: a.text, issuer: a.issuer }] : [])),
      gold,
    );
    expect([officials.misses, officials.falsePositives]).toEqual([[], []]);
    expect([figures.misses, figures.falsePositives]).toEqual([[], []]);
    expect([directives.misses, directives.falsePositives]).toEqual([[], []]);
    expect(directives.issuerRight).toBe(directives.issuerChecked);
    const mai = annotations.find((a) => a.kind === 'official');
    expect(mai?.kind === 'official' && mai.titles).toEqual([
      'Ủy viên Bộ Chính trị',
      'Thường trực Ban Bí thư',
      'Trưởng Ban Tổ chức Trung ương',
    ]);
  });
});
