// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderNotes, UNDO_MS } from '../../../../popup/components/ReaderNotes';
import { tabNotices } from '../../../../popup/tab-notices';
import { TabNoticesContext } from '../../../../popup/use-tab-notices';
import type { ReaderRow } from '../../../../src/shared/records';
import { type NewsmarkDb, openNewsmarkDb } from '../../../../src/store/db';
import { byTestId, click, fakeTabs, press, squeeze, typeInto, until } from '../../helpers/popup-dom';
import { rowsTable } from '../../store/rows-table';
import { storedRow } from '../../store/test-db';

const URL_A = 'https://tin.example/bai';

function readerRow(id: string, start: number, fields: Partial<ReaderRow> = {}): ReaderRow {
  return {
    id,
    url: URL_A,
    kind: 'note',
    origin: 'reader',
    quote: `quote ${id}`,
    start,
    end: start + 5,
    selectors: [],
    tags: [],
    entityKey: null,
    colour: 'yellow',
    created: 1,
    modified: 1,
    ...fields,
  };
}

let db: NewsmarkDb;
let host: HTMLElement;
/** Tab 7 shows the page, tab 8 another page; tab 9's address is hidden (no "tabs" permission). */
let tabs: ReturnType<typeof fakeTabs>;
const told = () => tabs.sent.map((s) => [s.tabId, s.message]);
const CHANGED = { type: 'popup/reader-annotations-changed' };
afterEach(async () => {
  vi.useRealTimers();
  render(null, host);
  host.remove();
  db?.close();
  await Dexie.delete('newsmark');
});

async function mount(rows: ReaderRow[]): Promise<void> {
  db = openNewsmarkDb();
  await rowsTable(db).bulkAdd(rows);
  host = document.createElement('div');
  document.body.append(host);
  tabs = fakeTabs([
    { id: 7, url: `${URL_A}#comments`, script: true },
    { id: 8, url: 'https://tin.example/khac', script: true },
    { id: 9, script: true },
  ]);
  render(
    <TabNoticesContext.Provider value={tabNotices(tabs.api)}>
      <ReaderNotes db={db} url={URL_A} />
    </TabNoticesContext.Provider>,
    host,
  );
  await until(() => byTestId(host, 'reader-note').length === rows.length && rows.length > 0);
}

describe('ReaderNotes', () => {
  it('lists the reader’s rows in reading order with note, swatch and orphan state', async () => {
    await mount([
      readerRow('b', 50, { body: 'second', colour: 'green' }),
      readerRow('a', 10, { kind: 'highlight', orphan: true }),
    ]);
    const [first, second] = byTestId(host, 'reader-note');
    expect(squeeze(first?.querySelector('q') ?? undefined)).toBe('quote a');
    expect(first?.textContent).toContain('Could not be found on the page');
    expect(second?.querySelector('.note-body')?.textContent).toBe('second');
    expect(second?.querySelector('.swatch')?.className).toContain('reader-green');
    expect(second?.querySelector<HTMLInputElement>('input[value="green"]')?.checked).toBe(true);
  });

  it('edits a note inline: Escape cancels, Ctrl+Enter saves', async () => {
    await mount([readerRow('a', 10, { body: 'old' })]);
    click(byTestId(host, 'reader-note-edit')[0]);
    const box = host.querySelector('textarea')!;
    expect(document.activeElement).toBe(box);
    typeInto(box, 'discarded');
    press(box, 'Escape');
    expect(host.querySelector('textarea')).toBeNull();
    expect((await storedRow(db, 'a'))?.body).toBe('old');
    expect(tabs.sent, 'nothing changed, nothing told').toEqual([]);

    click(byTestId(host, 'reader-note-edit')[0]);
    typeInto(host.querySelector('textarea')!, 'Hỏi lại số liệu');
    press(host.querySelector('textarea')!, 'Enter', { ctrlKey: true });
    await until(() => host.querySelector('.note-body')?.textContent === 'Hỏi lại số liệu');
    expect((await rowsTable(db).get('a'))?.modified).toBeGreaterThan(1);
    await until(() => tabs.sent.length === 2);
    expect(told()).toEqual([
      [7, CHANGED],
      [9, CHANGED],
    ]);
  });

  it('keeps the typed note and says why when it cannot be saved', async () => {
    await mount([readerRow('a', 10, { body: 'old' })]);
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.packs.hook('updating', full);
    click(byTestId(host, 'reader-note-edit')[0]);
    typeInto(host.querySelector('textarea')!, 'Không được mất');
    click(byTestId(host, 'reader-note-save')[0]);
    await until(() => byTestId(host, 'reader-note-error').length === 1);
    expect(byTestId(host, 'reader-note-error')[0]?.textContent).toContain('storage is full');
    expect(host.querySelector('textarea')?.value).toBe('Không được mất');
    expect((await storedRow(db, 'a'))?.body).toBe('old');
    expect(tabs.sent).toEqual([]);
    // Once there is room again, the same text saves.
    db.packs.hook('updating').unsubscribe(full);
    click(byTestId(host, 'reader-note-save')[0]);
    await until(() => host.querySelector('.note-body')?.textContent === 'Không được mất');
    expect(byTestId(host, 'reader-note-error')).toEqual([]);
  });

  it('changes the colour', async () => {
    await mount([readerRow('a', 10)]);
    click(host.querySelector('input[value="purple"]') ?? undefined);
    await until(() => host.querySelector('.swatch.reader-purple') !== null);
    expect((await storedRow(db, 'a'))?.colour).toBe('purple');
    await until(() => tabs.sent.length === 2);
    expect(told()).toEqual([
      [7, CHANGED],
      [9, CHANGED],
    ]);
  });

  it('deletes with an undo that puts the same row back', async () => {
    const row = readerRow('a', 10, { body: 'keep me' });
    await mount([row, readerRow('b', 20)]);
    click(byTestId(host, 'reader-note-delete')[0]);
    await until(
      () => byTestId(host, 'reader-note').length === 1 && byTestId(host, 'reader-note-undo').length === 1,
    );
    expect(await rowsTable(db).get('a')).toBeUndefined();
    await until(() => tabs.sent.length === 2);
    expect(tabs.sent.every((s) => s.frameId === 0)).toBe(true);
    click(byTestId(host, 'reader-note-undo')[0]);
    await until(() => byTestId(host, 'reader-note').length === 2);
    expect(await rowsTable(db).get('a')).toEqual(row);
    await until(() => tabs.sent.length === 4);
    expect(told().slice(2)).toEqual([
      [7, CHANGED],
      [9, CHANGED],
    ]);
  });

  it('lets the undo lapse after a few seconds', async () => {
    await mount([readerRow('a', 10)]);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    click(byTestId(host, 'reader-note-delete')[0]);
    await until(() => byTestId(host, 'reader-note-undo').length === 1);
    vi.advanceTimersByTime(UNDO_MS + 10);
    await until(() => byTestId(host, 'reader-note-undo').length === 0);
    expect(await rowsTable(db).count()).toBe(0);
  });
});
