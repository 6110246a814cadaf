import type { AnnotationRow } from '../shared/records';
import { addRows, annotationStore, rowById } from './annotation-rows';
import type { NewsmarkDb } from './db';

/**
 * Puts back a reader row the reader just deleted (the popup's "Undo"), with its own id and
 * dates, so exports and backups made before and after agree. Only reader rows, and never
 * over a row that has come back meanwhile.
 */
export async function restoreReaderAnnotation(db: NewsmarkDb, row: AnnotationRow): Promise<void> {
  if (row.origin !== 'reader') throw new Error(`annotation ${row.id} is not a reader annotation`);
  await db.transaction('rw', annotationStore(db), async () => {
    if (!(await rowById(db, row.id))) await addRows(db, [row]);
  });
}
