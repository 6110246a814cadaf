import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../../src/store/db';
import { loadInsights } from '../../../../src/store/insights/load';
import { page, row } from '../library.test-data';
import { rowsTable } from '../rows-table';
import { freshTestDb } from '../test-db';

/**
 * Past 500 pages without projections (an import into a new profile), the automatic rows are
 * read from the whole table, not per page: no index is kept on the kind (schema version 6).
 */
describe('insights of a library of many unprojected pages', () => {
  let db: NewsmarkDb;
  afterEach(() => db.close());

  it('projects every page from the table read, leaving the reader’s rows out', async () => {
    db = freshTestDb();
    const urls = Array.from({ length: 600 }, (_, i) => `https://tin.example/bai-${i}`);
    await db.pages.bulkAdd(urls.map((url, i) => page(url, `Bài ${i}`, 1_000 + i)));
    await rowsTable(db).bulkAdd(
      urls.flatMap((url, i) => [
        row(url, { kind: 'official', quote: 'Bộ trưởng Lan', name: 'Lan', titles: ['Bộ trưởng'] }),
        row(url, {
          kind: 'figure',
          quote: `${i + 1} tỷ đồng`,
          figureType: 'money',
          value: (i + 1) * 1e9,
          unit: 'VND',
        }),
        row(url, { kind: 'note', quote: 'Ông Minh', body: 'Bộ trưởng Minh?' }),
      ]),
    );
    const model = await loadInsights(db);
    expect([...model.people.values()].map((p) => [p.name, p.articleCount])).toEqual([['Lan', 600]]);
    expect(model.figures).toHaveLength(600);
    expect(model.articles).toHaveLength(600);
  });
});
