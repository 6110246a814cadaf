import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import { IncomingMessageSchema, type ReplyTo } from '../../../src/shared/messages';
import type { NewsmarkDb } from '../../../src/store/db';
import { PAINT_SETTINGS_KEY, setPaintCategory } from '../../../src/store/library-settings';
import { freshTestDb } from '../store/test-db';

const ID = 'extension-id';
const FROM_PAGE = { id: ID, tab: { id: 1 }, frameId: 0, url: 'https://news.example/story' };
const REQUEST = { type: 'content/paint-settings-requested' } as const;

let db: NewsmarkDb;
afterEach(() => db?.close());

describe('content/paint-settings-requested', () => {
  it('is a message the background accepts, with nothing else needed', () => {
    expect(v.is(IncomingMessageSchema, REQUEST)).toBe(true);
    expect(v.is(IncomingMessageSchema, { type: 'content/paint-settings-requested', url: 5 })).toBe(true);
    expect(v.is(IncomingMessageSchema, { type: 'content/paint-settings' })).toBe(false);
  });

  it('answers "everything shown" when nothing is stored', async () => {
    db = freshTestDb();
    expect(await handleMessage(db, REQUEST, FROM_PAGE, ID)).toEqual({
      ok: true,
      paint: { official: true, figure: true, directive: true, reader: true },
    });
  });

  it('answers the stored switches, filling missing or odd fields with "shown"', async () => {
    db = freshTestDb();
    await setPaintCategory(db, 'figure', false);
    expect(await handleMessage(db, REQUEST, FROM_PAGE, ID)).toEqual({
      ok: true,
      paint: { official: true, figure: false, directive: true, reader: true },
    });
    await db.settings.put({ key: PAINT_SETTINGS_KEY, value: { directive: false, official: 'no' } });
    const reply = (await handleMessage(db, REQUEST, FROM_PAGE, ID)) as ReplyTo<typeof REQUEST.type>;
    expect(reply.ok && reply.paint).toEqual({ official: true, figure: true, directive: false, reader: true });
    expect(await db.settings.count(), 'reading writes nothing').toBe(1);
  });

  it('answers any page of ours, but only content scripts of this extension', async () => {
    db = freshTestDb();
    const otherSite = { ...FROM_PAGE, url: 'https://elsewhere.example/' };
    expect(await handleMessage(db, REQUEST, otherSite, ID)).toMatchObject({ ok: true });
    expect(await handleMessage(db, REQUEST, { ...FROM_PAGE, id: 'someone-else' }, ID)).toMatchObject({
      ok: false,
      code: 'forbidden-sender',
    });
    expect(await handleMessage(db, REQUEST, { id: ID }, ID)).toMatchObject({
      ok: false,
      code: 'forbidden-sender',
    });
  });

  it('reports a storage failure instead of throwing', async () => {
    db = freshTestDb();
    db.close();
    const reply = (await handleMessage(db, REQUEST, FROM_PAGE, ID)) as ReplyTo<typeof REQUEST.type>;
    expect(reply).toMatchObject({ ok: false, code: 'storage-failed' });
  });
});
