// @vitest-environment jsdom
// liveQuery observes the global indexedDB, so the fake one is installed globally here.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../popup/App';
import type { PageInput } from '../../../src/shared/messages';
import { type NewsmarkDb, openNewsmarkDb } from '../../../src/store/db';
import { type NewAutoRow, replaceAutoAnnotations } from '../../../src/store/queries';

const PAGE: PageInput = {
  url: 'https://tin.example/bai',
  canonicalUrl: null,
  title: 'Thủ tướng chỉ đạo',
  site: 'Tin',
  lang: 'vi',
  published: null,
  byline: null,
};

const official = (start: number, titles: string[]): NewAutoRow => ({
  kind: 'official',
  quote: 'Thủ tướng Hoàng Văn Thịnh',
  start,
  end: start + 25,
  selectors: [],
  tags: ['official'],
  entityKey: 'official:phạm minh chính',
  name: 'Hoàng Văn Thịnh',
  titles,
});

const ROWS: NewAutoRow[] = [
  official(0, ['Thủ tướng']),
  {
    kind: 'figure',
    quote: '430 tỷ USD',
    start: 40,
    end: 50,
    selectors: [],
    tags: ['figure', 'money'],
    entityKey: null,
    figureType: 'money',
    value: 430_000_000_000,
    unit: 'USD',
  },
  official(60, ['Thủ tướng Chính phủ']),
  {
    kind: 'directive',
    quote: 'Thủ tướng yêu cầu các bộ hoàn thành trước 30/6.',
    start: 90,
    end: 137,
    selectors: [],
    tags: ['directive'],
    entityKey: null,
    issuer: 'Hoàng Văn Thịnh',
  },
];

let db: NewsmarkDb;
let host: HTMLElement;
afterEach(async () => {
  render(null, host);
  db?.close();
  await Dexie.delete('newsmark');
});

const byTestId = (id: string) => Array.from(host.querySelectorAll(`[data-testid="${id}"]`));
const text = (id: string) => byTestId(id).map((el) => el.textContent?.replace(/\s+/g, ' ').trim());

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((done) => setTimeout(done, 10)));
  expect(check()).toBe(true);
}

function mount(url: string | null): void {
  host = document.createElement('div');
  document.body.append(host);
  render(<App db={db} targetUrl={Promise.resolve(url)} />, host);
}

describe('popup App', () => {
  it('shows the empty state for a page the extension has not stored', async () => {
    db = openNewsmarkDb();
    mount('https://tin.example/khac');
    await until(() => byTestId('empty').length === 1);
  });

  it('lists officials, figures and directives with counts, and follows new visits live', async () => {
    db = openNewsmarkDb();
    await replaceAutoAnnotations(db, PAGE, ROWS.slice(0, 2));
    mount(PAGE.url);
    await until(() => byTestId('page-title').length === 1);
    expect(text('page-title')).toEqual(['Thủ tướng chỉ đạo']);
    expect(text('count-official')).toEqual(['1']);
    expect(text('figure')).toEqual(['430 tỷ USD → 430 billion USD']);
    expect(text('count-directive')).toEqual(['0']);

    await replaceAutoAnnotations(db, PAGE, ROWS);
    await until(() => text('count-directive')[0] === '1');
    const [person] = byTestId('official');
    const parts = Array.from(person?.children ?? [], (el) => el.textContent);
    expect(parts).toEqual(['Hoàng Văn Thịnh', 'Thủ tướng; Thủ tướng Chính phủ', '2 mentions']);
    const [directive] = byTestId('directive');
    expect(Array.from(directive?.children ?? [], (el) => el.textContent)).toEqual([
      'Thủ tướng yêu cầu các bộ hoàn thành trước 30/6.',
      'Issued by Hoàng Văn Thịnh',
    ]);
    expect(byTestId('export-md')[0]?.tagName).toBe('BUTTON');
  });
});
