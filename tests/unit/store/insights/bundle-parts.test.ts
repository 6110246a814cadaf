import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../../src/store/db';
import { loadInsights } from '../../../../src/store/insights/load';
import { readProjections, storeProjections } from '../../../../src/store/insights/stored-projections';
import { page } from '../library.test-data';
import { rowsTable } from '../rows-table';
import { freshTestDb } from '../test-db';
import { insightsLibrary, VI } from './fixtures';

let db: NewsmarkDb;
afterEach(() => db?.close());

/** A library whose bundle is stored, opened anew (no model held), as a panel opens it. */
async function bundled(): Promise<NewsmarkDb> {
  const writer = freshTestDb();
  const { pages, annotations } = insightsLibrary();
  await writer.pages.bulkAdd(pages);
  await rowsTable(writer).bulkAdd(annotations);
  await storeProjections(writer, await readProjections(writer));
  db = writer;
  return writer;
}

async function everything(): Promise<{ figures: string[]; directives: string[] }> {
  const model = await loadInsights(db);
  return { figures: model.figures.map((f) => f.id), directives: model.directives.map((d) => d.id) };
}

describe('the bundle read by parts', () => {
  it('gives the people without figures, and refuses figures it did not read', async () => {
    await bundled();
    const whole = await readProjections(db);
    const people = await readProjections(db, []);
    expect(people.projections.map((p) => [p.page, p.officials])).toEqual(
      whole.projections.map((p) => [p.page, p.officials]),
    );
    expect(() => people.projections[0]?.figures).toThrow(/not loaded/);
    expect(() => people.projections[0]?.directives).toThrow(/not loaded/);
  });

  it('reads a part later into the model it holds, the same as a whole read', async () => {
    await bundled();
    const first = await loadInsights(db, []);
    expect(first.people.size).toBeGreaterThan(0);
    const withFigures = await loadInsights(db, ['figures']);
    expect(withFigures === first).toBe(true);
    const ids = withFigures.figures.map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(() => withFigures.directives).toThrow(/not loaded/);
    expect((await loadInsights(db, ['directives'])).directives.length).toBeGreaterThan(0);
    expect(ids).toEqual((await everything()).figures);
  });

  it('does not line up parts of a newer bundle with the pages it read', async () => {
    await bundled();
    const first = await loadInsights(db, []);
    // Another panel stores a bundle anew (same rows, a new id): the held pages are not its.
    await storeProjections(db, { ...(await readProjections(db)), built: [], rebundle: true });
    const later = await loadInsights(db, ['figures']);
    // Compared by identity: a deep compare would read the parts a model did not load.
    expect(later === first).toBe(false);
    expect(later.figures.map((f) => f.id)).toEqual((await everything()).figures);
  });

  it('reads everything again after a write', async () => {
    await bundled();
    const first = await loadInsights(db, []);
    await db.pages.put(page(VI, 'Tên mới', 2_000));
    const after = await loadInsights(db, ['figures']);
    expect(after === first).toBe(false);
    expect(after.articles.find((a) => a.url === VI)?.title).toBe('Tên mới');
    expect(after.figures.length).toBeGreaterThan(0);
  });
});
