import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../src/store/db';
import { PERSIST_ASKED_KEY, type PersistApi, requestPersistenceOnce } from '../../../src/store/persistence';
import { freshTestDb } from './test-db';

let db: NewsmarkDb;
afterEach(() => db?.close());

function fakeStorage(persisted: boolean, grant: boolean) {
  const calls = { persist: 0 };
  const api: PersistApi = {
    persisted: async () => persisted,
    persist: async () => {
      calls.persist++;
      return grant;
    },
  };
  return { api, calls };
}

describe('requestPersistenceOnce', () => {
  it('asks once per profile and records the answer', async () => {
    db = freshTestDb();
    const { api, calls } = fakeStorage(false, false);
    expect(await requestPersistenceOnce(db, api)).toBe('refused');
    expect(await requestPersistenceOnce(db, api)).toBe('asked-before');
    expect(calls.persist).toBe(1);
    expect((await db.settings.get(PERSIST_ASKED_KEY))?.value).toMatchObject({ granted: false });
  });

  it('does not ask when storage is already persistent, and reports a grant', async () => {
    db = freshTestDb();
    const already = fakeStorage(true, true);
    expect(await requestPersistenceOnce(db, already.api)).toBe('already');
    expect(already.calls.persist).toBe(0);
    expect(await requestPersistenceOnce(db, fakeStorage(false, true).api)).toBe('granted');
  });

  it('does nothing where the API is missing (a service worker, an old browser)', async () => {
    db = freshTestDb();
    expect(await requestPersistenceOnce(db, undefined)).toBe('unsupported');
    expect(await requestPersistenceOnce(db, { persisted: async () => false })).toBe('unsupported');
    expect(await db.settings.count()).toBe(0);
  });
});
