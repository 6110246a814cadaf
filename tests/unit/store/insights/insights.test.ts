import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../../src/store/db';
import { filterDirectives, groupDirectives } from '../../../../src/store/insights/directives';
import { figuresCsv, filterFigures } from '../../../../src/store/insights/figures';
import { loadInsights, loadProjection } from '../../../../src/store/insights/load';
import { listPeople, personPage } from '../../../../src/store/insights/people';
import { personKey } from '../../../../src/store/insights/person-key';
import { replaceAutoAnnotations } from '../../../../src/store/queries';
import { page, row } from '../library.test-data';
import { freshTestDb } from '../test-db';
import { EN, insightsLibrary, VI } from './fixtures';

let db: NewsmarkDb;
afterEach(() => db?.close());

async function filled(): Promise<NewsmarkDb> {
  db = freshTestDb();
  const { pages, annotations } = insightsLibrary();
  await db.pages.bulkAdd(pages);
  await db.annotations.bulkAdd(annotations);
  return db;
}

describe('people across articles', () => {
  it('makes one person of spellings that differ in case and tone marks, with both articles and titles', async () => {
    const model = await loadInsights(await filled());
    const key = personKey('Đinh Thị Hòa');
    const person = listPeople(model, 'dinh thi hoa', 'latest');
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
    expect(listPeople(model, '', 'articles')[0]?.name).toBe('Đinh Thị Hòa');
    expect(
      listPeople(model, '', 'latest')
        .map((p) => p.name)
        .slice(0, 2),
    ).toEqual(['Đinh Thị Hòa', 'Hale']);
    expect(listPeople(model, 'giam doc', 'latest').map((p) => p.name)).toEqual(['Kiều Văn Thủy']);
    expect(listPeople(model, 'nobody here', 'latest')).toEqual([]);
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
    expect(header).toBe('as_written,value,unit,type,sentence,url,site,date');
    expect(line?.startsWith("'=2+3 người,5,người,quantity,")).toBe(true);
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

describe('snapshot', () => {
  it('is reused while the tables are unchanged and rebuilt after a visit', async () => {
    await filled();
    const first = await loadProjection(db);
    await new Promise((done) => setTimeout(done, 20));
    expect((await db.derived.get('insights'))?.signature).toBe(first.signature);
    const again = await loadProjection(db);
    expect(again.signature).toBe(first.signature);
    await replaceAutoAnnotations(
      db,
      { ...page('https://third.example/a', 'Ba', 1), firstSeen: undefined } as never,
      [
        {
          ...row('https://third.example/a', {
            kind: 'official',
            quote: 'Corwin Hale',
            name: 'Corwin Hale',
            titles: [],
          }),
        } as never,
      ],
      9_000,
    );
    const model = await loadInsights(db);
    expect(model.people.has(personKey('Corwin Hale'))).toBe(true);
  });
});
