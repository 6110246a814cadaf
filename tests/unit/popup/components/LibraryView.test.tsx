// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../popup/App';
import { type NewsmarkDb, openNewsmarkDb } from '../../../../src/store/db';
import { byTestId, click, press, squeeze, typeInto, until } from '../../helpers/popup-dom';
import { EN_URL, sampleLibrary, VI_URL } from '../../store/library.test-data';
import { rowsTable } from '../../store/rows-table';

let db: NewsmarkDb;
let host: HTMLElement;
afterEach(async () => {
  render(null, host);
  host.remove();
  db?.close();
  await Dexie.delete('newsmark');
});

async function mountLibrary(): Promise<void> {
  db = openNewsmarkDb();
  const { pages, annotations } = sampleLibrary();
  await db.pages.bulkAdd(pages);
  await rowsTable(db).bulkAdd(annotations);
  host = document.createElement('div');
  document.body.append(host);
  render(<App db={db} targetUrl={Promise.resolve(null)} initialView="library" />, host);
  await until(() => byTestId(host, 'library-page').length === 2);
}

const listed = () => byTestId(host, 'library-page').map((el) => el.dataset.url);

describe('Library tab', () => {
  it('lists a page whose stored time a Date cannot hold, without a date', async () => {
    db = openNewsmarkDb();
    const { pages } = sampleLibrary();
    await db.pages.bulkAdd([{ ...pages[0]!, lastSeen: 1e300 }]);
    host = document.createElement('div');
    document.body.append(host);
    render(<App db={db} targetUrl={Promise.resolve(null)} initialView="library" />, host);
    await until(() => byTestId(host, 'library-page').length === 1);
    expect(host.querySelector('.library-read')).toBeNull();
  });

  it('gives the article’s own date beside the day it was read', async () => {
    db = openNewsmarkDb();
    const { pages } = sampleLibrary();
    await db.pages.bulkAdd([
      { ...pages[0]!, published: '2026-05-18T08:00:00Z', lastSeen: Date.UTC(2026, 11, 3) },
    ]);
    host = document.createElement('div');
    document.body.append(host);
    render(<App db={db} targetUrl={Promise.resolve(null)} initialView="library" />, host);
    await until(() => byTestId(host, 'library-page').length === 1);
    const times = Array.from(host.querySelectorAll('.library-meta time'), (el) =>
      el.getAttribute('datetime'),
    );
    expect(times).toEqual(['2026-05-18T08:00:00.000Z', '2026-12-03T00:00:00.000Z']);
    expect(host.querySelector('.library-read')?.textContent).toMatch(/^read /);
  });

  it('lists every page newest first with site, counts and the reader’s count', async () => {
    await mountLibrary();
    expect(listed()).toEqual([EN_URL, VI_URL]);
    const vi = byTestId(host, 'library-page')[1]!;
    expect(squeeze(vi.querySelector('.library-title') ?? undefined)).toBe('Đà Nẵng đẩy nhanh giải ngân');
    expect(vi.querySelector('.library-meta')?.textContent).toContain('tin.example');
    expect(Array.from(vi.querySelectorAll('.mini-counts li'), (li) => li.getAttribute('aria-label'))).toEqual(
      ['Officials: 1', 'Figures: 1', 'Directives: 0', null],
    );
    expect(vi.textContent).toContain('Yours: 1');
  });

  it('searches without diacritics and shows the matching quotes', async () => {
    await mountLibrary();
    typeInto(byTestId(host, 'library-search')[0] as HTMLInputElement, 'truong thi mai');
    await until(() => listed().length === 1);
    expect(listed()).toEqual([VI_URL]);
    expect(squeeze(host.querySelector('.match-samples') ?? undefined)).toContain('Bà Trương Thị Mai');
    typeInto(byTestId(host, 'library-search')[0] as HTMLInputElement, 'nothing like this');
    await until(() => listed().length === 0);
    expect(host.textContent).toContain('No page matches.');
  });

  it('filters by kind', async () => {
    await mountLibrary();
    const select = byTestId(host, 'library-kind')[0] as HTMLSelectElement;
    select.value = 'directive';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => listed().length === 1);
    expect(listed()).toEqual([EN_URL]);
  });

  it('deletes a page’s automatic rows but keeps the reader’s unless ticked', async () => {
    await mountLibrary();
    const vi = () => byTestId(host, 'library-page').find((el) => el.dataset.url === VI_URL)!;
    click(vi().querySelector('[data-testid="library-delete"]') ?? undefined);
    click(byTestId(host, 'library-delete-confirm')[0]);
    await until(() => vi().querySelector('.mini-counts li')?.getAttribute('aria-label') === 'Officials: 0');
    expect(squeeze(vi())).toContain('Yours: 1');
    expect((await rowsTable(db).ofPage(VI_URL)).map((r) => r.origin)).toEqual(['reader']);

    click(vi().querySelector('[data-testid="library-delete"]') ?? undefined);
    click(byTestId(host, 'library-delete-reader')[0]);
    click(byTestId(host, 'library-delete-confirm')[0]);
    await until(() => listed().length === 1);
    expect(await db.pages.get(VI_URL)).toBeUndefined();
  });

  it('opens a page from the library in the page tab, and moves between tabs with the arrow keys', async () => {
    await mountLibrary();
    click(byTestId(host, 'library-page')[1]?.querySelector('.library-title') ?? undefined);
    await until(() => byTestId(host, 'page-title').length === 1);
    expect(squeeze(byTestId(host, 'page-title')[0])).toBe('Đà Nẵng đẩy nhanh giải ngân');
    await until(() => byTestId(host, 'reader-note').length === 1);
    press(byTestId(host, 'tab-page')[0], 'ArrowLeft');
    await until(() => byTestId(host, 'paint-figure').length === 1);
    expect(document.activeElement).toBe(byTestId(host, 'tab-settings')[0]);
    expect(byTestId(host, 'tab-settings')[0]?.getAttribute('aria-selected')).toBe('true');
  });
});
