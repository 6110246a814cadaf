import { afterEach, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../popup/library-query';
import type { NewsmarkDb } from '../../../src/store/db';
import { EN_URL, seededLibraryDb, VI_URL } from '../store/library.test-data';

let db: NewsmarkDb;
afterEach(() => db?.close());

async function seeded(): Promise<NewsmarkDb> {
  db = await seededLibraryDb();
  return db;
}

describe('loadLibrary', () => {
  it('shows at most `limit` pages and says how many there are', async () => {
    await seeded();
    const result = await loadLibrary(db, {}, 1);
    expect(result.entries.map((e) => e.page.url)).toEqual([EN_URL]);
    expect(result).toMatchObject({ total: 2, matched: 2, complete: true, truncated: false, query: '' });
  });

  it('narrows to the matching pages, newest first, with their matches', async () => {
    await seeded();
    const all = await loadLibrary(db, { query: 'a' }, 10);
    expect(all.entries.map((e) => e.page.url)).toEqual([EN_URL, VI_URL]);
    const one = await loadLibrary(db, { query: 'hoi lai' }, 10);
    expect(one).toMatchObject({ total: 2, matched: 1, complete: true, query: 'hoi lai' });
    expect(one.entries[0]?.match?.samples.map((r) => r.body)).toEqual(['Hỏi lại Sở Tài chính']);
    const limited = await loadLibrary(db, { query: 'a' }, 1);
    expect(limited).toMatchObject({ matched: 2 });
    expect(limited.entries).toHaveLength(1);
  });
});
