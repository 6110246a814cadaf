import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../../src/store/db';
import {
  BUNDLE_KEY,
  DIRECTIVES_BUNDLE_KEY,
  FIGURES_BUNDLE_KEY,
  FIGURES_FIRST_KEY,
  PEOPLE_BUNDLE_KEY,
} from '../../../../src/store/derived-keys';
import { figureFacets, filterFigures } from '../../../../src/store/insights/figures';
import { FIRST_FIGURE_SORT, FIRST_FIGURES } from '../../../../src/store/insights/figures-first';
import { loadFiguresFirstScreen, loadPeople } from '../../../../src/store/insights/first-paint';
import { loadInsights } from '../../../../src/store/insights/load';
import type { InsightsModel } from '../../../../src/store/insights/model';
import { parsePeopleSummary, peopleSummaryText } from '../../../../src/store/insights/people-summary';
import { page, row } from '../library.test-data';
import { rowsTable } from '../rows-table';
import { bundledLibrary } from './bundled-library';
import { VI } from './fixtures';

const connections: NewsmarkDb[] = [];
afterEach(() => {
  for (const db of connections.splice(0)) db.close();
});

const bundled = (extraFigures = 0) => bundledLibrary(connections, extraFigures);

const summaries = (
  people: Iterable<{ key: string; name: string; folded: string; articleCount: number; latest: number }>,
) =>
  [...people]
    .map(({ key, name, folded, articleCount, latest }) => ({ key, name, folded, articleCount, latest }))
    .sort((a, b) => a.key.localeCompare(b.key));

/** Whole-bundle rows a first paint must not need: deleted, a read of them would find nothing. */
async function dropWholeRows(db: NewsmarkDb): Promise<void> {
  await db.derived.bulkDelete([BUNDLE_KEY, FIGURES_BUNDLE_KEY, DIRECTIVES_BUNDLE_KEY]);
}

const SENTINEL = { key: 'sentinel', name: 'Sentinel', folded: 'sentinel', articleCount: 9, latest: 1 };

/** Puts a people row that only a read of that row can return (the rows hold no such person). */
async function plantPeopleRow(db: NewsmarkDb, bundle?: string): Promise<void> {
  const stored = (await db.derived.get(PEOPLE_BUNDLE_KEY))?.value as { bundle: string };
  const value = { ...stored, bundle: bundle ?? stored.bundle, text: peopleSummaryText([SENTINEL]) };
  await db.derived.put({ key: PEOPLE_BUNDLE_KEY, value });
}

describe('the people list painted from the bundle’s people row', () => {
  it('gives every person as the model groups them, without the pages row', async () => {
    const { writer, connect } = await bundled();
    const model = await loadInsights(connect());
    await dropWholeRows(writer);
    const people = await loadPeople(connect());
    expect(people.length).toBeGreaterThan(1);
    expect(summaries(people)).toEqual(summaries(model.people.values()));
    await plantPeopleRow(writer);
    expect(await loadPeople(connect())).toEqual([SENTINEL]);
  });

  it('reads the pages again once a page is written after the bundle', async () => {
    const { writer, connect } = await bundled();
    await plantPeopleRow(writer);
    await rowsTable(writer).add(
      row(VI, { kind: 'official', quote: 'Lương Văn Tám', name: 'Lương Văn Tám', titles: [], start: 900 }),
    );
    const people = await loadPeople(connect());
    expect(people.map((p) => p.name)).toContain('Lương Văn Tám');
    expect(people).not.toContainEqual(SENTINEL);
    expect(summaries(people)).toEqual(summaries((await loadInsights(connect())).people.values()));
  });

  it('ignores a people row of another bundle, and finds none after the library is cleared', async () => {
    const { writer, connect } = await bundled();
    await plantPeopleRow(writer, 'another');
    // Not this bundle's row: the people are read from the bundle.
    expect(summaries(await loadPeople(connect()))).toEqual(
      summaries((await loadInsights(connect())).people.values()),
    );
    await rowsTable(writer).clear();
    expect(await writer.derived.get(PEOPLE_BUNDLE_KEY)).toBeUndefined();
    expect(await writer.derived.get(FIGURES_FIRST_KEY)).toBeUndefined();
  });

  it('keeps a person seen only in undated articles last by date', () => {
    const person = { key: 'k', name: 'N', folded: 'n', articleCount: 1, latest: Number.NEGATIVE_INFINITY };
    expect(parsePeopleSummary(peopleSummaryText([person]))).toEqual([person]);
  });
});

describe('the figures table’s first screen', () => {
  const firstOf = (model: InsightsModel) =>
    filterFigures(model, {}, FIRST_FIGURE_SORT).slice(0, FIRST_FIGURES);

  it('is the whole table’s first rows, count and filter choices, without the figures row', async () => {
    const { writer, connect } = await bundled(FIRST_FIGURES + 10);
    const model = await loadInsights(connect());
    await dropWholeRows(writer);
    const first = await loadFiguresFirstScreen(connect());
    expect(first?.items).toHaveLength(FIRST_FIGURES);
    expect(first?.items).toEqual(firstOf(model));
    expect(first?.total).toBe(model.figures.length);
    expect(first?.facets).toEqual(figureFacets(model));
    const stored = (await writer.derived.get(FIGURES_FIRST_KEY))?.value as { text: string };
    const planted = { ...stored, text: stored.text.replace(/"total":\d+/, '"total":12345') };
    await writer.derived.put({ key: FIGURES_FIRST_KEY, value: planted });
    expect((await loadFiguresFirstScreen(connect()))?.total).toBe(12345);
  });

  it('is none once a page is written after the bundle, and the held model’s once it is read', async () => {
    const { writer, connect } = await bundled();
    await writer.pages.put(page(VI, 'Tên mới', 5_000));
    const reader = connect();
    expect(await loadFiguresFirstScreen(reader)).toBeNull();
    const model = await loadInsights(reader, ['figures']);
    expect((await loadFiguresFirstScreen(reader))?.items).toEqual(firstOf(model));
    expect((await loadFiguresFirstScreen(reader))?.items[0]?.article.title).toBeDefined();
  });
});

describe('a model read again after a write', () => {
  it('keeps the pages a held model read from the same bundle, and reads the written page', async () => {
    const { writer, connect } = await bundled();
    const reader = connect();
    const first = await loadInsights(reader, []);
    // A read of the stored pages row from now on would show this title for the English page.
    const stored = (await writer.derived.get(BUNDLE_KEY))?.value as string;
    await writer.derived.put({ key: BUNDLE_KEY, value: stored.replace('Council tightens rules', 'Planted') });
    await writer.pages.put(page(VI, 'Tên mới', 5_000, { published: '2025-04-10' }));
    const after = await loadInsights(reader, []);
    expect(after === first).toBe(false);
    const titles = after.articles.map((a) => a.title).sort();
    expect(titles).toEqual(['Council tightens rules', 'Tên mới']);
    expect(summaries(after.people.values())).toEqual(summaries(first.people.values()));
    // A connection holding nothing reads the row: the planted title shows it was not read above.
    expect((await loadInsights(connect(), [])).articles.map((a) => a.title)).toContain('Planted');
  });
});
