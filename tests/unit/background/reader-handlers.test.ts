import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import { readerCommandFor } from '../../../src/background/reader-commands';
import {
  type ReaderAnnotationCreatedMessage,
  ReaderCommandMessageSchema,
  type ReplyTo,
  ToContentMessageSchema,
} from '../../../src/shared/messages';
import type { NewsmarkDb } from '../../../src/store/db';
import { readerAnnotationsForPage } from '../../../src/store/reader-annotations';
import { rowsTable } from '../store/rows-table';
import { freshTestDb } from '../store/test-db';

type Created = ReplyTo<'content/reader-annotation-created'>;
type Listed = ReplyTo<'content/reader-annotations-requested'>;

const ID = 'extension-id';
const PAGE_URL = 'https://news.example/story';
const FROM_PAGE = { id: ID, tab: { id: 1 }, frameId: 0, url: 'https://news.example/story#top' };

function created(
  overrides: Partial<ReaderAnnotationCreatedMessage['annotation']> = {},
): ReaderAnnotationCreatedMessage {
  return {
    type: 'content/reader-annotation-created',
    url: PAGE_URL,
    annotation: {
      kind: 'highlight',
      colour: 'yellow',
      text: 'grid would grow',
      start: 10,
      end: 25,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'grid would grow', prefix: 'said the ', suffix: '.' },
        { type: 'TextPositionSelector', start: 10, end: 25 },
      ],
      ...overrides,
    },
  };
}

let db: NewsmarkDb;
afterEach(() => db?.close());

describe('reader messages', () => {
  it('stores a highlight, lists it back, and records its new place', async () => {
    db = freshTestDb();
    const reply = (await handleMessage(db, created(), FROM_PAGE, ID)) as Created;
    expect(reply).toMatchObject({ ok: true, stored: 1 });
    const id = reply.ok ? reply.id : undefined;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const listed = (await handleMessage(
      db,
      { type: 'content/reader-annotations-requested', url: PAGE_URL },
      FROM_PAGE,
      ID,
    )) as Listed;
    expect(listed.ok && listed.rows).toMatchObject([
      { id, colour: 'yellow', quote: 'grid would grow', start: 10 },
    ]);
    const anchored = await handleMessage(
      db,
      {
        type: 'content/reader-anchoring',
        url: PAGE_URL,
        results: [{ id, start: 30, end: 45, orphan: false }],
      },
      FROM_PAGE,
      ID,
    );
    expect(anchored).toMatchObject({ ok: true });
    expect((await readerAnnotationsForPage(db, PAGE_URL))[0]).toMatchObject({
      start: 30,
      end: 45,
      orphan: false,
    });
  });

  it('gives a content script its page’s marks without the note text or anything else stored', async () => {
    db = freshTestDb();
    await handleMessage(db, created({ kind: 'note', body: 'private thought' }), FROM_PAGE, ID);
    const listed = (await handleMessage(
      db,
      { type: 'content/reader-annotations-requested', url: PAGE_URL },
      FROM_PAGE,
      ID,
    )) as Listed;
    const [mark] = listed.ok ? listed.rows : [];
    expect(Object.keys(mark ?? {}).sort()).toEqual(['colour', 'end', 'id', 'quote', 'selectors', 'start']);
    expect(JSON.stringify(listed)).not.toContain('private thought');
  });

  it('stores a note with its text and refuses a note without one', async () => {
    db = freshTestDb();
    expect(
      await handleMessage(db, created({ kind: 'note', body: 'Check this' }), FROM_PAGE, ID),
    ).toMatchObject({ ok: true });
    const empty = await handleMessage(db, created({ kind: 'note', body: '  ' }), FROM_PAGE, ID);
    expect(empty).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(!empty.ok && empty.error).toContain('a note needs a text');
    expect((await readerAnnotationsForPage(db, PAGE_URL)).map((r) => r.body)).toEqual(['Check this']);
  });

  it('rejects unknown colours, empty or inverted ranges and non-http pages', async () => {
    db = freshTestDb();
    const bad = [
      created({ colour: 'red' as 'yellow' }),
      created({ start: 5, end: 5 }),
      created({ text: '' }),
      { ...created(), url: 'file:///home/me/notes.html' },
      {
        type: 'content/reader-anchoring',
        url: PAGE_URL,
        results: [{ id: 'x', start: 9, end: 3, orphan: false }],
      },
    ];
    for (const message of bad) {
      expect(await handleMessage(db, message, FROM_PAGE, ID)).toMatchObject({
        ok: false,
        code: 'invalid-message',
      });
    }
    expect(await rowsTable(db).count()).toBe(0);
  });

  it('lets a page read and write only reader annotations of its own origin', async () => {
    db = freshTestDb();
    await handleMessage(db, created(), FROM_PAGE, ID);
    const elsewhere = { ...FROM_PAGE, url: 'https://other.example/page' };
    const read = await handleMessage(
      db,
      { type: 'content/reader-annotations-requested', url: PAGE_URL },
      elsewhere,
      ID,
    );
    expect(read).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(await handleMessage(db, created(), elsewhere, ID)).toMatchObject({
      ok: false,
      code: 'forbidden-sender',
    });
    const subframe = { ...FROM_PAGE, frameId: 2 };
    expect(await handleMessage(db, created(), subframe, ID)).toMatchObject({ code: 'forbidden-sender' });
    const anchoring = {
      type: 'content/reader-anchoring',
      url: PAGE_URL,
      results: [{ id: 'x', start: 1, end: 3, orphan: false }],
    };
    expect(await handleMessage(db, anchoring, elsewhere, ID)).toMatchObject({ code: 'forbidden-sender' });
    const noTab = { id: ID, url: PAGE_URL };
    expect(await handleMessage(db, created(), noTab, ID)).toMatchObject({
      ok: false,
      code: 'forbidden-sender',
    });
    expect(await rowsTable(db).count()).toBe(1);
  });
});

describe('reader commands', () => {
  it('maps menu items and keyboard commands to a valid message, and nothing else', () => {
    for (const name of ['newsmark-highlight', 'highlight-selection']) {
      expect(readerCommandFor(name)).toEqual({ type: 'background/reader-command', action: 'highlight' });
    }
    expect(readerCommandFor('note-selection')?.action).toBe('note');
    expect(v.is(ReaderCommandMessageSchema, readerCommandFor('newsmark-note'))).toBe(true);
    expect(readerCommandFor('toString')).toBeNull();
    expect(readerCommandFor('_execute_action')).toBeNull();
  });

  it('content scripts accept only well-formed commands and change notices', () => {
    const ok = [
      { type: 'background/reader-command', action: 'note' },
      { type: 'background/reader-command', action: 'highlight', colour: 'pink' },
      { type: 'popup/reader-annotations-changed' },
    ];
    for (const message of ok)
      expect(v.is(ToContentMessageSchema, message), JSON.stringify(message)).toBe(true);
    const bad = [
      { type: 'background/reader-command', action: 'delete' },
      { type: 'background/reader-command', action: 'highlight', colour: 'red' },
      { type: 'popup/reader-annotation-changed' },
      { type: 'content/page-annotated' },
    ];
    for (const message of bad)
      expect(v.is(ToContentMessageSchema, message), JSON.stringify(message)).toBe(false);
  });
});
