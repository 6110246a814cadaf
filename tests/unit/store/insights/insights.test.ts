import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../../src/store/db';
import { filterDirectives, groupDirectives } from '../../../../src/store/insights/directives';
import { figuresCsv, filterFigures } from '../../../../src/store/insights/figures';
import { loadInsights } from '../../../../src/store/insights/load';
import { listPeople, personPage } from '../../../../src/store/insights/people';
import { personKey } from '../../../../src/store/insights/person-key';
import { readProjections, storeProjections } from '../../../../src/store/insights/stored-projections';
import { replaceAutoAnnotations } from '../../../../src/store/queries';
import { page, row } from '../library.test-data';
import { rowsTable } from '../rows-table';
import { freshTestDb } from '../test-db';
import { EN, insightsLibrary, VI } from './fixtures';

let db: NewsmarkDb;
afterEach(() => db?.close());

async function filled(): Promise<NewsmarkDb> {
  db = freshTestDb();
  const { pages, annotations } = insightsLibrary();
  await db.pages.bulkAdd(pages);
  await rowsTable(db).bulkAdd(annotations);
  return db;
}

describe('people across articles', () => {
  it('makes one person of spellings that differ in case and tone marks, with both articles and titles', async () => {
    const model = await loadInsights(await filled());
    const key = personKey('Đinh Thị Hòa');
    const person = listPeople(model.people.values(), 'dinh thi hoa', 'latest');
    expect(person.map((p) => p.key)).toEqual([key]);
    expect(person[0]?.name).toBe('Đinh Thị Hòa');
    const page = personPage(model, key)!;
    expect(page.articles.map((a) => a.article.url)).toEqual([EN, VI]);
    expect(page.timeline.map((s) => s.title)).toEqual(['Chủ tịch UBND tỉnh', 'Bí thư Tỉnh ủy']);
    expect(page.directives.map((d) => d.issuer)).toEqual(['Đinh Thị Hòa']);
    expect(page.namedWith.map((n) => n.person.name)).toEqual(['Hale', 'Kiều Văn Thủy']);
  });

  it('joins a short mention only inside its own article', async () => {
    const model = await loadInsights(await filled());
    // "Hoà" in the Vietnamese article is Đinh Thị Hòa; "Hale" alone in the other stays Hale.
    expect(model.people.has(personKey('Hoà'))).toBe(false);
    expect(model.people.get(personKey('Hale'))?.articleCount).toBe(1);
  });

  it('sorts by article count or latest mention', async () => {
    const model = await loadInsights(await filled());
    expect(listPeople(model.people.values(), '', 'articles')[0]?.name).toBe('Đinh Thị Hòa');
    expect(
      listPeople(model.people.values(), '', 'latest')
        .map((p) => p.name)
        .slice(0, 2),
    ).toEqual(['Đinh Thị Hòa', 'Hale']);
    expect(listPeople(model.people.values(), 'giam doc', 'latest').map((p) => p.name)).toEqual([
      'Kiều Văn Thủy',
    ]);
    expect(listPeople(model.people.values(), 'nobody here', 'latest')).toEqual([]);
  });
});

describe('figures across articles', () => {
  it('compares the same amount across languages and scales', async () => {
    const model = await loadInsights(await filled());
    const usd = filterFigures(model, { unit: 'USD' }, 'date-asc');
    expect(usd.map((f) => [f.quote, f.value])).toEqual([
      ['430 tỷ USD', 430e9],
      ['$430 billion', 430e9],
    ]);
  });

  it('filters by type, site, date and folded text, and sorts by value', async () => {
    const model = await loadInsights(await filled());
    expect(filterFigures(model, { type: 'percent' }, 'value-desc').map((f) => f.quote)).toEqual([
      '2.9 percent',
    ]);
    expect(filterFigures(model, { site: 'news.example' }, 'value-asc').map((f) => f.quote)).toEqual([
      '2.9 percent',
      '$430 billion',
    ]);
    expect(filterFigures(model, { from: Date.UTC(2025, 4, 1) }, 'value-desc')).toHaveLength(2);
    expect(filterFigures(model, { text: 'TY USD' }, 'value-desc').map((f) => f.quote)).toEqual([
      '430 tỷ USD',
    ]);
    const byValue = filterFigures(model, { type: 'money' }, 'value-desc');
    expect(byValue.every((f) => f.value === 430e9)).toBe(true);
  });

  it('exports the filtered table as formula-safe CSV', async () => {
    const model = await loadInsights(await filled());
    const csv = figuresCsv(filterFigures(model, { type: 'quantity' }, 'value-desc'));
    const [header, line] = csv.split('\r\n');
    expect(header).toBe('as_written,value,value_to,unit,type,sentence,url,site,date');
    expect(line?.startsWith("'=2+3 người,5,,người,quantity,")).toBe(true);
    expect(line).toContain(',2025-04-10');
  });
});

describe('directives across articles', () => {
  it('reads a deadline from the date in the sentence, relative to the article, and the addressee', async () => {
    const model = await loadInsights(await filled());
    const [vi] = filterDirectives(model, { site: 'tin.example' });
    expect(vi?.deadline).toBe(Date.UTC(2025, 3, 30));
    expect(vi?.addressee).toBe('Sở Giao thông');
    const due = filterDirectives(model, { dueWeekOf: Date.UTC(2025, 3, 29) });
    expect(due.map((d) => d.id)).toEqual([vi?.id]);
    expect(filterDirectives(model, { dueWeekOf: Date.UTC(2025, 4, 20) })).toEqual([]);
  });

  it('filters by folded issuer and groups by addressee', async () => {
    const model = await loadInsights(await filled());
    expect(filterDirectives(model, { issuer: 'DINH THI' }).map((d) => d.article.url)).toEqual([VI]);
    const groups = groupDirectives(filterDirectives(model, {}), 'addressee');
    expect(groups.map((g) => g.label)).toEqual(
      ['Sở Giao thông', 'the water board'].sort((a, b) => a.localeCompare(b)),
    );
  });
});

describe('stored projections', () => {
  const stored = async () =>
    (await db.derived.toArray()).filter((r) => r.key.startsWith('page:')).map((r) => r.key.slice(5));
  const settle = () => new Promise((done) => setTimeout(done, 20));

  it('are built for pages without one, stored, and the model is reused until a write', async () => {
    await filled();
    expect(await stored()).toEqual([]);
    const model = await loadInsights(db);
    await settle();
    expect((await stored()).sort()).toEqual([EN, VI].sort());
    expect(await loadInsights(db)).toBe(model);
    await db.settings.put({ key: 'unrelated', value: 1 });
    expect(await loadInsights(db)).toBe(model);
  });

  it('are written by a visit in its own transaction, and the model follows the visit', async () => {
    await filled();
    await loadInsights(db);
    await settle();
    const third = 'https://third.example/a';
    await replaceAutoAnnotations(
      db,
      { ...page(third, 'Ba', 1), firstSeen: undefined } as never,
      [row(third, { kind: 'official', quote: 'Corwin Hale', name: 'Corwin Hale', titles: [] }) as never],
      9_000,
    );
    expect((await stored()).sort()).toEqual([EN, VI, third].sort());
    const model = await loadInsights(db);
    expect(model.people.has(personKey('Corwin Hale'))).toBe(true);
  });

  it('are dropped by any write to their page, even one that keeps every count', async () => {
    await filled();
    await loadInsights(db);
    await settle();
    const official = (await rowsTable(db).toArray()).find((r) => r.url === EN && r.kind === 'official')!;
    // An import that rewrites a row in place: same pages, same rows, newer content.
    await rowsTable(db).put({
      ...official,
      name: 'Ottoline Brisk',
      modified: official.modified + 1,
    } as typeof official);
    expect(await stored()).toEqual([VI]);
    const model = await loadInsights(db);
    expect(model.people.has(personKey('Ottoline Brisk'))).toBe(true);
    await db.pages.delete(EN);
    expect((await loadInsights(db)).articles.map((a) => a.url)).toEqual([VI]);
  });

  it('are built again when an older version of the projection stored them', async () => {
    await filled();
    await loadInsights(db);
    await settle();
    const older = (text: unknown) => JSON.stringify({ ...JSON.parse(text as string), v: 1 });
    for (const row of await db.derived.toArray())
      if (row.key.startsWith('page:')) await db.derived.put({ ...row, value: older(row.value) });
    const bundle = await db.derived.get('bundle');
    const pages = JSON.parse(bundle?.value as string).map((p: object) => ({ ...p, v: 1 }));
    await db.derived.put({ key: 'bundle', value: JSON.stringify(pages) });
    const read = await readProjections(db);
    expect(read).toMatchObject({ rebundle: true });
    expect(read.built.map((p) => p.page[0]).sort()).toEqual([EN, VI].sort());
  });

  it('are not stored when a write came in while they were built', async () => {
    await filled();
    const read = await readProjections(db);
    await db.pages.put(page(VI, 'Tên mới', 2_000));
    await storeProjections(db, read);
    expect(await stored()).toEqual([]);
  });
});
