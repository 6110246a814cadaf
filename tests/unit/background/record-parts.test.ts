import { afterEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import { RecordParts } from '../../../src/background/record-parts';
import type { AutoAnnotationInput, PageAnnotatedMessage } from '../../../src/shared/messages';
import type { NewsmarkDb } from '../../../src/store/db';
import { rowsTable } from '../store/rows-table';
import { freshTestDb } from '../store/test-db';

const ID = 'extension-id';
const URL_ = 'https://news.example/story';
const SENDER = { id: ID, tab: { id: 4 }, frameId: 0, url: URL_ };

function annotation(i: number): AutoAnnotationInput {
  return { kind: 'directive', text: 'must', start: i * 10, end: i * 10 + 4, issuer: null, selectors: [] };
}

function part(index: number, count: number, set = 'a', url = URL_, size = 2): PageAnnotatedMessage {
  const page = {
    url,
    canonicalUrl: null,
    title: 'Story',
    site: null,
    lang: 'en',
    published: null,
    byline: null,
  };
  const annotations = Array.from({ length: size }, (_, i) => annotation(index * size + i));
  return { type: 'content/page-annotated', page, part: { set, index, count }, annotations };
}

let db: NewsmarkDb;
afterEach(() => db?.close());

describe('RecordParts', () => {
  it('gives the whole record, in order, at its last part', () => {
    const parts = new RecordParts();
    expect(parts.add('t', part(0, 3))).toEqual({ kind: 'pending' });
    expect(parts.add('t', part(1, 3))).toEqual({ kind: 'pending' });
    const done = parts.add('t', part(2, 3));
    expect(done.kind === 'complete' && done.annotations.map((a) => a.start)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(parts.size).toBe(0);
  });

  it('drops a set on a part out of order, of another set, or naming another page', () => {
    const parts = new RecordParts();
    parts.add('t', part(0, 3));
    expect(parts.add('t', part(2, 3)).kind).toBe('incomplete');
    expect(parts.add('t', part(1, 3)).kind).toBe('incomplete'); // the set is gone
    parts.add('t', part(0, 3));
    expect(parts.add('t', part(1, 3, 'b')).kind).toBe('incomplete');
    parts.add('t', part(0, 3));
    expect(parts.add('t', part(1, 3, 'a', 'https://news.example/other')).kind).toBe('incomplete');
    expect(parts.size).toBe(0);
  });

  it('keeps one record per sender, a new set replacing the unfinished one', () => {
    const parts = new RecordParts();
    parts.add('t', part(0, 2, 'a'));
    parts.add('u', part(0, 2, 'a'));
    parts.add('t', part(0, 2, 'b'));
    expect(parts.add('t', part(1, 2, 'a')).kind).toBe('incomplete');
    expect(parts.add('u', part(1, 2, 'a')).kind).toBe('complete');
  });

  it('drops records left unfinished too long, and the oldest past the bound', () => {
    let now = 0;
    const parts = new RecordParts(() => now, 1_000, 2);
    parts.add('t', part(0, 2));
    now = 1_500;
    expect(parts.add('t', part(1, 2)).kind).toBe('incomplete');
    parts.add('a', part(0, 2));
    parts.add('b', part(0, 2));
    parts.add('c', part(0, 2));
    expect(parts.size).toBe(2);
    expect(parts.add('a', part(1, 2)).kind).toBe('incomplete');
  });
});

describe('handleMessage with record parts', () => {
  it('validates each part: an oversized or malformed part is refused and ends its record', async () => {
    db = freshTestDb();
    const parts = new RecordParts();
    expect(await handleMessage(db, part(0, 2), SENDER, ID, parts)).toEqual({
      ok: true,
      stored: 0,
      pending: true,
    });
    const big = part(1, 2, 'a', URL_, 251);
    expect(await handleMessage(db, big, SENDER, ID, parts)).toMatchObject({ code: 'invalid-message' });
    expect(parts.size).toBe(0);
    expect(await handleMessage(db, part(1, 2), SENDER, ID, parts)).toMatchObject({
      code: 'incomplete-record',
    });
    const beyond = { ...part(0, 1), part: { set: 'a', index: 1, count: 1 } };
    expect(await handleMessage(db, beyond, SENDER, ID, parts)).toMatchObject({ code: 'invalid-message' });
    expect(await rowsTable(db).count()).toBe(0);
  });

  it('checks every part against its sender: a part for another origin is refused', async () => {
    db = freshTestDb();
    const parts = new RecordParts();
    await handleMessage(db, part(0, 2), SENDER, ID, parts);
    const foreign = part(1, 2, 'a', 'https://elsewhere.example/story');
    expect(await handleMessage(db, foreign, SENDER, ID, parts)).toMatchObject({ code: 'forbidden-sender' });
    expect(parts.size).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });
});
