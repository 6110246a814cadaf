import type { Table } from 'dexie';
import { annotationStore } from './annotation-rows';
import type { NewsmarkDb } from './db';
import { INDEXED_WORD } from './search-words';

/**
 * Gives words to the rows of `table` written around Dexie (raw IndexedDB, or a context of
 * an older build), by rewriting them through it. Two counts tell whether there are any, so
 * the usual case reads no rows; returns how many were rewritten.
 */
async function indexTable(db: NewsmarkDb, table: Table): Promise<number> {
  // Looked for read-only: a write transaction here would hold up every read of the panel.
  const missing = await db.transaction('r', table, async () => {
    const indexed = table.where('words').equals(INDEXED_WORD);
    if ((await indexed.count()) >= (await table.count())) return [];
    // As text: a pack's key is an array (annotation-packs.ts), compared by identity in a Set.
    const known = new Set((await indexed.primaryKeys()).map((key) => JSON.stringify(key)));
    return (await table.toCollection().primaryKeys()).filter((key) => !known.has(JSON.stringify(key)));
  });
  if (missing.length === 0) return 0;
  return db.transaction('rw', table, async () => {
    const rows = (await table.bulkGet(missing)).filter((row) => row !== undefined);
    // Rewritten whole: the word-index middleware adds their words on the way in.
    await table.bulkPut(rows);
    return rows.length;
  });
}

/**
 * Run once per connection, off the search path (db.ts schedules it when the database
 * opens): search reads only the word index, and finds such rows from then on.
 */
export async function indexUnindexedRows(db: NewsmarkDb): Promise<number> {
  return (await indexTable(db, db.pages)) + (await indexTable(db, annotationStore(db)));
}
