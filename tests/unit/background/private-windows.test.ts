import { afterEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { NewsmarkDb } from '../../../src/store/db';
import { addReaderAnnotation } from '../../../src/store/reader-annotations';
import { rowsTable } from '../store/rows-table';
import { freshTestDb } from '../store/test-db';

const ID = 'extension-id';
const URL_ = 'https://news.example/story';
const PRIVATE = { id: ID, tab: { id: 7, incognito: true }, frameId: 0, url: URL_ };
const NORMAL = { ...PRIVATE, tab: { id: 8, incognito: false } };
const QUOTE = 'the council will build';
const selectors = [{ type: 'TextPositionSelector' as const, start: 4, end: 4 + QUOTE.length }];

const pageAnnotated = {
  type: 'content/page-annotated',
  page: {
    url: URL_,
    canonicalUrl: null,
    title: 'Story',
    site: null,
    lang: 'en',
    published: null,
    byline: null,
  },
  part: { set: 'set-1', index: 0, count: 1 },
  annotations: [{ kind: 'directive', text: QUOTE, start: 4, end: 4 + QUOTE.length, issuer: null, selectors }],
};
const highlight = {
  type: 'content/reader-annotation-created',
  url: URL_,
  annotation: { kind: 'note', colour: 'yellow', text: QUOTE, start: 4, end: 26, selectors, body: 'mine' },
};

let db: NewsmarkDb;
afterEach(() => db?.close());

describe('private windows', () => {
  it('stores no page, automatic row or reader annotation from a private tab', async () => {
    db = freshTestDb();
    expect(await handleMessage(db, pageAnnotated, PRIVATE, ID)).toEqual({ ok: true, stored: 0 });
    const created = await handleMessage(db, highlight, PRIVATE, ID);
    expect(created).toMatchObject({ ok: false, code: 'private-window' });
    const anchoring = {
      type: 'content/reader-anchoring',
      url: URL_,
      results: [{ id: 'x', start: 1, end: 3, orphan: false }],
    };
    expect(await handleMessage(db, anchoring, PRIVATE, ID)).toEqual({ ok: true, stored: 0 });
    expect(await db.pages.count()).toBe(0);
    expect(await rowsTable(db).count()).toBe(0);
  });

  it('does not show the library in a private tab, nor change it', async () => {
    db = freshTestDb();
    const row = await addReaderAnnotation(db, {
      url: URL_,
      kind: 'highlight',
      colour: 'green',
      quote: QUOTE,
      start: 4,
      end: 26,
      selectors,
    });
    const request = { type: 'content/reader-annotations-requested', url: URL_ };
    expect(await handleMessage(db, request, PRIVATE, ID)).toEqual({ ok: true, rows: [] });
    const moved = {
      type: 'content/reader-anchoring',
      url: URL_,
      results: [{ id: row.id, start: 40, end: 62, orphan: false }],
    };
    await handleMessage(db, moved, PRIVATE, ID);
    expect(await rowsTable(db).get(row.id)).toMatchObject({ start: 4, end: 26 });
  });

  it('still answers the paint settings, and stores as usual from a normal tab', async () => {
    db = freshTestDb();
    const paint = await handleMessage(db, { type: 'content/paint-settings-requested' }, PRIVATE, ID);
    expect(paint).toMatchObject({ ok: true, paint: { official: true } });
    expect(await handleMessage(db, pageAnnotated, NORMAL, ID)).toEqual({ ok: true, stored: 1 });
    expect(await handleMessage(db, highlight, NORMAL, ID)).toMatchObject({ ok: true, stored: 1 });
    expect(await rowsTable(db).count()).toBe(2);
  });
});
