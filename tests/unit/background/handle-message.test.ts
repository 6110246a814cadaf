import { afterEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { PageAnnotatedMessage } from '../../../src/shared/messages';
import type { NewsmarkDb } from '../../../src/store/db';
import { annotationsForPage, pageByUrl } from '../../../src/store/queries';
import { rowsTable } from '../store/rows-table';
import { freshTestDb } from '../store/test-db';

const ID = 'extension-id';
const FROM_TAB = { id: ID, tab: { id: 1 }, frameId: 0, url: 'https://news.example/story?utm_source=x#top' };

function message(): PageAnnotatedMessage {
  return {
    type: 'content/page-annotated',
    page: {
      url: 'https://news.example/story',
      canonicalUrl: null,
      title: 'Story',
      site: 'News',
      lang: 'en',
      published: null,
      byline: null,
    },
    part: { set: 'set-1', index: 0, count: 1 },
    annotations: [
      {
        kind: 'official',
        text: 'Minister Jane Roe',
        start: 0,
        end: 17,
        name: 'Jane Roe',
        titles: ['Minister'],
        selectors: [
          { type: 'TextQuoteSelector', exact: 'Minister Jane Roe', prefix: '', suffix: ' said' },
          { type: 'TextPositionSelector', start: 0, end: 17 },
        ],
      },
      {
        kind: 'figure',
        text: '5%',
        start: 30,
        end: 32,
        figureType: 'percent',
        value: 5,
        unit: 'percent',
        selectors: [],
      },
    ],
  };
}

let db: NewsmarkDb;
afterEach(() => db?.close());

describe('handleMessage', () => {
  it('stores a valid page message from a content script as auto rows with entity data', async () => {
    db = freshTestDb();
    expect(await handleMessage(db, message(), FROM_TAB, ID)).toEqual({ ok: true, stored: 2 });
    expect(await pageByUrl(db, 'https://news.example/story')).toMatchObject({ title: 'Story' });
    const rows = await annotationsForPage(db, 'https://news.example/story');
    expect(rows[0]).toMatchObject({
      kind: 'official',
      origin: 'auto',
      quote: 'Minister Jane Roe',
      name: 'Jane Roe',
      titles: ['Minister'],
      entityKey: 'official:jane roe',
    });
    expect(rows[1]).toMatchObject({ kind: 'figure', value: 5, unit: 'percent', tags: ['figure', 'percent'] });
  });

  it('refuses other extensions and content messages without a tab', async () => {
    db = freshTestDb();
    const foreign = await handleMessage(db, message(), { id: 'someone-else', tab: {} }, ID);
    expect(foreign).toMatchObject({ ok: false, code: 'forbidden-sender' });
    const noTab = await handleMessage(db, message(), { id: ID }, ID);
    expect(noTab).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(await db.pages.count()).toBe(0);
  });

  it('stores a page only for a content script in the top frame, of the origin of that page', async () => {
    db = freshTestDb();
    const otherSite = { ...FROM_TAB, url: 'https://attacker.example/story' };
    expect(await handleMessage(db, message(), otherSite, ID)).toMatchObject({ code: 'forbidden-sender' });
    const noUrl = { id: ID, tab: { id: 1 }, frameId: 0 };
    expect(await handleMessage(db, message(), noUrl, ID)).toMatchObject({ code: 'forbidden-sender' });
    const subframe = { ...FROM_TAB, frameId: 3 };
    expect(await handleMessage(db, message(), subframe, ID)).toMatchObject({ code: 'forbidden-sender' });
    const unknownFrame = { id: ID, tab: { id: 1 }, url: FROM_TAB.url };
    expect(await handleMessage(db, message(), unknownFrame, ID)).toMatchObject({ code: 'forbidden-sender' });
    expect(await db.pages.count()).toBe(0);
  });

  it('takes a page only under its page key, and a later address of the same site (an in-page navigation)', async () => {
    db = freshTestDb();
    const raw = message();
    raw.page.url = 'https://news.example/story?utm_source=x';
    expect(await handleMessage(db, raw, FROM_TAB, ID)).toMatchObject({ code: 'invalid-message' });
    const pushed = message();
    pushed.page.url = 'https://news.example/story-2';
    expect(await handleMessage(db, pushed, FROM_TAB, ID)).toMatchObject({ ok: true });
    expect((await db.pages.toArray()).map((p) => p.url)).toEqual(['https://news.example/story-2']);
  });

  it('keeps a claimed canonical address only as an http(s) page key', async () => {
    db = freshTestDb();
    for (const [claimed, kept] of [
      ['javascript:alert(document.domain)', null],
      ['https://news.example/story?utm_medium=x#c', 'https://news.example/story'],
    ] as const) {
      const msg = message();
      msg.page.canonicalUrl = claimed;
      expect(await handleMessage(db, msg, FROM_TAB, ID)).toMatchObject({ ok: true });
      expect((await pageByUrl(db, msg.page.url))?.canonicalUrl).toBe(kept);
    }
  });

  it('rejects unknown types and malformed payloads with a readable reason', async () => {
    db = freshTestDb();
    const unknown = await handleMessage(db, { type: 'content/delete-everything' }, FROM_TAB, ID);
    expect(unknown).toMatchObject({ ok: false, code: 'invalid-message' });
    const bad = message();
    (bad.annotations[0] as { end: number }).end = -1;
    const reply = await handleMessage(db, bad, FROM_TAB, ID);
    expect(reply).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(!reply.ok && reply.error).toContain('annotations.0.end');
    const notHttp = { ...message(), page: { ...message().page, url: 'file:///etc/passwd' } };
    expect(await handleMessage(db, notHttp, FROM_TAB, ID)).toMatchObject({ code: 'invalid-message' });
    expect(await handleMessage(db, 'hello', FROM_TAB, ID)).toMatchObject({ code: 'invalid-message' });
  });

  it('answers a full disk with quota-exceeded and writes nothing', async () => {
    db = freshTestDb();
    db.packs.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const reply = await handleMessage(db, message(), FROM_TAB, ID);
    expect(reply).toMatchObject({ ok: false, code: 'quota-exceeded' });
    expect(await db.pages.count()).toBe(0);
    expect(await rowsTable(db).count()).toBe(0);
  });
});
