import { afterEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import { RecordParts } from '../../../src/background/record-parts';
import { pageAnnotatedParts } from '../../../src/content/page-message';
import { sendRecord } from '../../../src/content/send-record';
import type { AnnotateResult } from '../../../src/engine/types';
import type { IncomingMessage, PageAnnotatedMessage, SendToBackground } from '../../../src/shared/messages';
import type { NewsmarkDb } from '../../../src/store/db';
import { rowsTable } from '../store/rows-table';
import { freshTestDb } from '../store/test-db';

const ID = 'extension-id';
const SENDER = { id: ID, tab: { id: 3 }, frameId: 0, url: 'https://wiki.example/long' };
const WORD = 'Minister ';

/** A page with `n` officials, as large as the largest corpus page's record (2,219). */
function largeResult(n: number): AnnotateResult {
  const text = WORD.repeat(n);
  return {
    article: {
      isArticle: true,
      title: 'Long',
      byline: null,
      published: null,
      lang: 'en',
      siteName: null,
      url: null,
      text,
    },
    annotations: Array.from({ length: n }, (_, i) => ({
      kind: 'official' as const,
      text: 'Minister',
      start: i * WORD.length,
      end: i * WORD.length + 8,
      name: `Person ${i}`,
      titles: ['Minister'],
    })),
    timings: { articleMs: 0, textMs: 0, analyzeMs: 0, totalMs: 0 },
    model: null,
  };
}

let db: NewsmarkDb;
afterEach(() => db?.close());

/** The background as the content script reaches it, recording each message and the rows stored after it. */
function background(parts: () => RecordParts) {
  const sent: PageAnnotatedMessage[] = [];
  const rowsAfter: number[] = [];
  const send = (async (message: IncomingMessage) => {
    sent.push(message as PageAnnotatedMessage);
    const reply = await handleMessage(db, message, SENDER, ID, parts());
    rowsAfter.push(await rowsTable(db).count());
    return reply;
  }) as SendToBackground;
  return { send, sent, rowsAfter };
}

describe('sendRecord', () => {
  it('sends a 2,219-annotation record in parts of at most 250, written once when the last comes', async () => {
    db = freshTestDb();
    const parts = new RecordParts();
    const { send, sent, rowsAfter } = background(() => parts);
    const result = largeResult(2_219);
    const reply = await sendRecord(send, (set) => pageAnnotatedParts(result, SENDER.url, set));
    expect(reply).toEqual({ ok: true, stored: 2_219 });
    expect(sent.length).toBe(9);
    expect(Math.max(...sent.map((m) => m.annotations.length))).toBeLessThanOrEqual(250);
    expect(new Set(sent.map((m) => m.part.set)).size).toBe(1);
    // Nothing is half-written: no rows until the last part, then all of them.
    expect(rowsAfter.slice(0, -1).every((n) => n === 0)).toBe(true);
    expect(rowsAfter.at(-1)).toBe(2_219);
    expect(parts.size).toBe(0);
  }, 30_000);

  it('sends the whole record again, as a new set, when the background lost its parts', async () => {
    db = freshTestDb();
    let parts = new RecordParts();
    let calls = 0;
    // The worker stops after the third message: the next part reaches a fresh one.
    const { send, sent } = background(() => {
      if (++calls === 4) parts = new RecordParts();
      return parts;
    });
    const result = largeResult(1_000);
    const reply = await sendRecord(send, (set) => pageAnnotatedParts(result, SENDER.url, set));
    expect(reply).toEqual({ ok: true, stored: 1_000 });
    expect(sent.length).toBe(4 + 4);
    expect(new Set(sent.map((m) => m.part.set)).size).toBe(2);
    expect(await rowsTable(db).count()).toBe(1_000);
  }, 30_000);

  it('sends a page without annotations as one part', async () => {
    db = freshTestDb();
    const parts = new RecordParts();
    const { send, sent } = background(() => parts);
    const reply = await sendRecord(send, (set) => pageAnnotatedParts(largeResult(0), SENDER.url, set));
    expect(reply).toEqual({ ok: true, stored: 0 });
    expect(sent.map((m) => m.part)).toEqual([{ set: sent[0]!.part.set, index: 0, count: 1 }]);
    expect(await db.pages.count()).toBe(1);
  });
});
