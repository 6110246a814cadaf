import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../src/store/db';
import { readPaintSettings, setPaintCategory, toPaintSettings } from '../../../src/store/library-settings';
import { freshTestDb } from './test-db';

let db: NewsmarkDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('the "My highlights" paint switch', () => {
  it('is on when never set, and in settings stored before it existed', () => {
    expect(toPaintSettings(undefined).reader).toBe(true);
    expect(toPaintSettings({ official: false, figure: true, directive: true })).toEqual({
      official: false,
      figure: true,
      directive: true,
      reader: true,
    });
  });

  it('switches off and on without touching the automatic categories', async () => {
    db = freshTestDb();
    await setPaintCategory(db, 'figure', false);
    expect(await setPaintCategory(db, 'reader', false)).toMatchObject({ figure: false, reader: false });
    expect(await readPaintSettings(db)).toEqual({
      official: true,
      figure: false,
      directive: true,
      reader: false,
    });
    expect((await setPaintCategory(db, 'reader', true)).reader).toBe(true);
  });

  it('ignores a stored value that is not a boolean', () => {
    expect(toPaintSettings({ reader: 'no' }).reader).toBe(true);
  });
});
