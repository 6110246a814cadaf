// @vitest-environment jsdom
// Dexie's live queries look for the global indexedDB: the views run on fake-indexeddb's.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DirectivesView } from '../../../../popup/views/directives/DirectivesView';
import { FiguresView } from '../../../../popup/views/figures/FiguresView';
import { Choice, DateRange, SearchField } from '../../../../popup/views/shared/FilterControls';
import { type NewsmarkDb, openNewsmarkDb } from '../../../../src/store/db';
import { byTestId, squeeze, typeInto, until } from '../../helpers/popup-dom';
import { insightsLibrary } from '../../store/insights/fixtures';
import { rowsTable } from '../../store/rows-table';

let db: NewsmarkDb | undefined;
let host: HTMLElement;
afterEach(async () => {
  render(null, host);
  host.remove();
  db?.close();
  db = undefined;
  await Dexie.delete('newsmark');
});

function mount(node: preact.JSX.Element): void {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
}

async function mountWithLibrary(node: (db: NewsmarkDb) => preact.JSX.Element): Promise<void> {
  db = openNewsmarkDb();
  const { pages, annotations } = insightsLibrary();
  await db.pages.bulkAdd(pages);
  await rowsTable(db).bulkAdd(annotations);
  mount(node(db));
}

const field = <T extends HTMLElement>(id: string) => byTestId(host, id)[0] as T;

/** Picks `value` in a select or date input the way a person does (value, then a change event). */
function choose(input: HTMLSelectElement | HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const figuresCount = () => squeeze(field('figures-count'));

describe('the filter controls', () => {
  it('a search field is labelled for assistive technology and reports what is typed', () => {
    const onInput = vi.fn();
    mount(<SearchField label="Filter text" testId="text" value="" onInput={onInput} />);
    const input = field<HTMLInputElement>('text');
    expect(input.closest('label')?.textContent).toBe('Filter text');
    typeInto(input, 'tỷ');
    expect(onInput).toHaveBeenLastCalledWith('tỷ');
  });

  it('a choice offers "any" (its label, the empty value) before its options, and reports the one chosen', () => {
    const onChange = vi.fn();
    mount(
      <Choice label="All units" testId="unit" value="" options={['USD', 'percent']} onChange={onChange} />,
    );
    const select = field<HTMLSelectElement>('unit');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'All units'],
      ['USD', 'USD'],
      ['percent', 'percent'],
    ]);
    choose(select, 'percent');
    expect(onChange).toHaveBeenLastCalledWith('percent');
    choose(select, '');
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('a date range gives the start of the "from" day and the end of the "to" day, and nothing once cleared', () => {
    const onChange = vi.fn();
    mount(<DateRange testIds="d" from={undefined} to={undefined} onChange={onChange} />);
    choose(field('d-from'), '2025-05-01');
    expect(onChange).toHaveBeenLastCalledWith({ from: Date.UTC(2025, 4, 1), to: undefined });
    choose(field('d-to'), '2025-05-02');
    expect(onChange).toHaveBeenLastCalledWith({ from: undefined, to: Date.UTC(2025, 4, 3) - 1 });
    choose(field('d-from'), '');
    expect(onChange).toHaveBeenLastCalledWith({ from: undefined, to: undefined });
  });

  it('shows the range it is given', () => {
    mount(<DateRange testIds="d" from={Date.UTC(2025, 3, 10)} to={undefined} onChange={() => {}} />);
    expect(field<HTMLInputElement>('d-from').value).toBe('2025-04-10');
    expect(field<HTMLInputElement>('d-to').value).toBe('');
  });
});

describe('the views react to their filter controls', () => {
  it('figures: typed text, a chosen type and site, and a date range each narrow the table; clearing restores it', async () => {
    await mountWithLibrary((db) => <FiguresView db={db} onOpenItem={() => {}} />);
    await until(() => figuresCount() === '5 figures');
    // Text, folded: either language's spelling of the amount.
    typeInto(field('figures-text'), '430');
    await until(() => figuresCount() === '2 figures');
    expect(byTestId(host, 'figure').map((row) => row.textContent)).toEqual([
      expect.stringContaining('430'),
      expect.stringContaining('430'),
    ]);
    typeInto(field('figures-text'), '');
    await until(() => figuresCount() === '5 figures');
    choose(field('figures-type'), 'percent');
    await until(() => byTestId(host, 'figure').length === 1);
    expect(squeeze(byTestId(host, 'figure')[0])).toContain('2.9 percent');
    choose(field('figures-type'), '');
    await until(() => figuresCount() === '5 figures');
    choose(field('figures-site'), 'tin.example');
    await until(() => figuresCount() === '3 figures');
    choose(field('figures-site'), '');
    await until(() => figuresCount() === '5 figures');
    // The English article is dated 2 May, the Vietnamese one 10 April.
    choose(field('figures-from'), '2025-05-01');
    await until(() => figuresCount() === '2 figures');
    choose(field('figures-from'), '');
    await until(() => figuresCount() === '5 figures');
    choose(field('figures-to'), '2025-04-30');
    await until(() => figuresCount() === '3 figures');
    choose(field('figures-to'), '2025-04-09');
    await until(() => byTestId(host, 'figure').length === 0);
    expect(figuresCount()).toBe('0 figures');
  });

  it('directives: the issuer text (without accents), the site and the date range narrow the list', async () => {
    await mountWithLibrary((db) => (
      <DirectivesView db={db} onOpenItem={() => {}} now={Date.UTC(2025, 3, 29)} />
    ));
    const count = () => byTestId(host, 'directive').length;
    await until(() => count() === 2);
    typeInto(field('directives-issuer'), 'dinh thi hoa');
    await until(() => count() === 1);
    expect(squeeze(byTestId(host, 'directive')[0])).toContain('Sở Giao thông');
    typeInto(field('directives-issuer'), 'nobody');
    await until(() => count() === 0);
    typeInto(field('directives-issuer'), '');
    await until(() => count() === 2);
    choose(field('directives-site'), 'news.example');
    await until(() => count() === 1);
    expect(squeeze(byTestId(host, 'directive')[0])).toContain('water board');
    choose(field('directives-site'), '');
    await until(() => count() === 2);
    choose(field('directives-to'), '2025-04-30');
    await until(() => count() === 1);
    expect(squeeze(byTestId(host, 'directive')[0])).toContain('Sở Giao thông');
  });
});
