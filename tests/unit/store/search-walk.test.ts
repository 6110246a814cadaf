import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../src/store/db';
import { newestUrls } from '../../../src/store/search-walk';
import { page } from './library.test-data';
import { freshTestDb } from './test-db';

let db: NewsmarkDb;
afterEach(() => db?.close());

describe('newestUrls', () => {
  it('gives every page once, newest visit first, across pages visited at the same time', async () => {
    db = freshTestDb();
    // Runs of equal visit times straddle the reads' boundaries.
    const times = [5, 5, 5, 4, 4, 3, 3, 3, 3, 2, 1, 1];
    await db.pages.bulkAdd(times.map((t, i) => page(`https://tin.example/${i}`, `Tin ${i}`, t)));
    const expected = await db.pages.orderBy('lastSeen').reverse().primaryKeys();
    for (const size of [1, 2, 3, 5]) {
      const next = newestUrls(db);
      const given: string[] = [];
      for (let urls = await next(size); urls.length > 0; urls = await next(size)) {
        expect(urls.length).toBeLessThanOrEqual(size);
        given.push(...urls);
      }
      expect(given).toEqual(expected);
    }
  });

  it('goes on after a given start: the pages already given at its time skipped, visit times kept', async () => {
    db = freshTestDb();
    const times = [5, 5, 5, 4, 4, 3, 3, 3, 3, 2, 1, 1];
    await db.pages.bulkAdd(times.map((t, i) => page(`https://tin.example/${i}`, `Tin ${i}`, t)));
    const expected = (await db.pages.orderBy('lastSeen').reverse().primaryKeys()) as string[];
    // The first six pages given elsewhere (a shelf), the last of them visited at time 3.
    const seen = new Map<string, number>();
    const next = newestUrls(db, { floor: 3, atFloor: 1 }, seen);
    const given: string[] = [];
    for (let urls = await next(2); urls.length > 0; urls = await next(2)) given.push(...urls);
    expect(given).toEqual(expected.slice(6));
    expect(given.map((url) => seen.get(url))).toEqual([3, 3, 3, 2, 1, 1]);
  });
});
