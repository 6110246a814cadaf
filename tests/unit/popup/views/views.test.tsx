// @vitest-environment jsdom
// Dexie's live queries look for the global indexedDB: the views run on fake-indexeddb's.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DirectivesView } from '../../../../popup/views/directives/DirectivesView';
import { FiguresView } from '../../../../popup/views/figures/FiguresView';
import { PeopleView } from '../../../../popup/views/people/PeopleView';
import { type NewsmarkDb, openNewsmarkDb } from '../../../../src/store/db';
import { byTestId, click, press, squeeze, typeInto, until } from '../../helpers/popup-dom';
import { EN, insightsLibrary, VI } from '../../store/insights/fixtures';
import { page, row } from '../../store/library.test-data';
import { rowsTable } from '../../store/rows-table';

let db: NewsmarkDb;
let host: HTMLElement;
afterEach(async () => {
  render(null, host);
  host.remove();
  db?.close();
  await Dexie.delete('newsmark');
});

async function mount(view: (db: NewsmarkDb, open: (url: string, id: string) => void) => preact.JSX.Element) {
  db = openNewsmarkDb();
  const { pages, annotations } = insightsLibrary();
  await db.pages.bulkAdd(pages);
  await rowsTable(db).bulkAdd(annotations);
  const opened = vi.fn();
  host = document.createElement('div');
  document.body.append(host);
  render(view(db, opened), host);
  return opened;
}

const texts = (id: string) => byTestId(host, id).map((el) => squeeze(el));

describe('PeopleView', () => {
  it('lists one entry per person, searches without accents, and opens a person’s page from the keyboard', async () => {
    const opened = await mount((db, open) => <PeopleView db={db} onOpenItem={open} />);
    await until(() => byTestId(host, 'person').length === 3);
    expect(byTestId(host, 'person')[0]?.textContent).toContain('Đinh Thị Hòa');
    typeInto(byTestId(host, 'people-search')[0] as HTMLInputElement, 'kieu van');
    await until(() => byTestId(host, 'person').length === 1);
    typeInto(byTestId(host, 'people-search')[0] as HTMLInputElement, 'DINH THI HOA');
    await until(() => byTestId(host, 'person').length === 1 && texts('person')[0]!.includes('Đinh'));
    const list = byTestId(host, 'people-list')[0];
    expect(list?.getAttribute('role')).toBe('listbox');
    press(list, 'Enter');
    await until(() => byTestId(host, 'person-page').length === 1);
    expect(texts('person-titles')[0]).toContain('Chủ tịch UBND tỉnh');
    expect(texts('person-titles')[0]).toContain('Bí thư Tỉnh ủy');
    const articles = byTestId(host, 'person-articles')[0]!.querySelectorAll('button');
    expect([...articles].map((b) => b.textContent)).toEqual([
      'Council tightens rules',
      'Tỉnh đẩy nhanh sửa cầu',
    ]);
    click(articles[1]);
    expect(opened).toHaveBeenCalledWith(VI, expect.any(String));
    click(byTestId(host, 'person-back')[0]);
    await until(() => byTestId(host, 'people-list').length === 1);
  });
});

describe('FiguresView', () => {
  it('filters by unit, opens a figure in its page, and draws only the rows in view', async () => {
    const opened = await mount((db, open) => <FiguresView db={db} onOpenItem={open} />);
    await until(() => byTestId(host, 'figure').length === 5);
    const unit = byTestId(host, 'figures-unit')[0] as HTMLSelectElement;
    unit.value = 'USD';
    unit.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => byTestId(host, 'figure').length === 2);
    expect(texts('figures-count')[0]).toBe('2 figures');
    click(byTestId(host, 'figure').find((el) => el.textContent?.includes('$430 billion')));
    expect(opened).toHaveBeenCalledWith(EN, expect.any(String));

    // Many figures: the list keeps its full length for assistive technology but draws a window.
    const many = Array.from({ length: 600 }, (_, i) =>
      row(EN, {
        kind: 'figure',
        quote: `${i} units`,
        figureType: 'quantity',
        value: i,
        unit: 'units',
        start: 1_000 + i,
      }),
    );
    await rowsTable(db).bulkAdd(many);
    await db.pages.put(page(EN, 'Council tightens rules', 4_000, { published: '2025-05-02', lang: 'en' }));
    await until(() => unit.querySelector('option[value="units"]') !== null);
    unit.value = 'units';
    unit.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => byTestId(host, 'figures-count')[0]?.textContent === '600 figures');
    const rows = host.querySelectorAll('[role="option"]');
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('600');
  }, 20_000); // 600 rows into fake-indexeddb: seconds on a loaded machine, beyond the 5 s default.
});

describe('DirectivesView', () => {
  it('shows due dates relative to the article, groups by issuer, and narrows to this week', async () => {
    await mount((db, open) => <DirectivesView db={db} onOpenItem={open} now={Date.UTC(2025, 3, 29)} />);
    await until(() => byTestId(host, 'directive').length === 2);
    expect(texts('directive-group').map((g) => g.replace(/\s*\(\d+\)$/, ''))).toEqual([
      'Đinh Thị Hòa',
      'the minister',
    ]);
    expect(texts('directive-due')).toEqual([expect.stringContaining('(20 days after the article)')]);
    click(byTestId(host, 'directives-due-week')[0]);
    await until(() => byTestId(host, 'directive').length === 1);
    expect(texts('directive')[0]).toContain('Sở Giao thông');
  });
});
