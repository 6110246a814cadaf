import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../src/store/db';
import { addReaderAnnotation, updateReaderAnnotation } from '../../../src/store/reader-annotations';
import { rowsTable } from './rows-table';
import { freshTestDb } from './test-db';

let db: NewsmarkDb;
afterEach(() => db?.close());

const highlight = {
  url: 'https://news.example/a',
  kind: 'highlight' as const,
  colour: 'yellow' as const,
  quote: 'the new budget',
  start: 4,
  end: 18,
  selectors: [],
};

describe('a note written on a highlight (the side panel’s editor)', () => {
  it('makes the highlight a note, and an emptied note a highlight again', async () => {
    db = freshTestDb();
    const row = await addReaderAnnotation(db, highlight, 10);
    await updateReaderAnnotation(db, row.id, { body: 'Compare with last year.' }, 20);
    expect(await rowsTable(db).get(row.id)).toMatchObject({ kind: 'note', body: 'Compare with last year.' });
    await updateReaderAnnotation(db, row.id, { body: '  ' }, 30);
    expect(await rowsTable(db).get(row.id)).toMatchObject({ kind: 'highlight', body: '  ', modified: 30 });
  });

  it('leaves the kind alone when only the colour changes', async () => {
    db = freshTestDb();
    const row = await addReaderAnnotation(db, highlight, 10);
    await updateReaderAnnotation(db, row.id, { colour: 'blue' }, 20);
    expect(await rowsTable(db).get(row.id)).toMatchObject({ kind: 'highlight', colour: 'blue' });
  });
});
