import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { type NewsmarkDb, openNewsmarkDb } from '../../../../src/store/db';
import { readProjections, storeProjections } from '../../../../src/store/insights/stored-projections';
import { row } from '../library.test-data';
import { rowsTable } from '../rows-table';
import { insightsLibrary, VI } from './fixtures';

/**
 * The invented library with its bundle stored, and `extraFigures` more figures on one page;
 * `connect` opens a new connection to it, which holds no model (a panel opening). Every
 * connection is pushed to `connections`, for the test file to close.
 */
export async function bundledLibrary(
  connections: NewsmarkDb[],
  extraFigures = 0,
): Promise<{ writer: NewsmarkDb; connect: () => NewsmarkDb }> {
  const indexedDB = new IDBFactory();
  const connect = () => {
    const db = openNewsmarkDb({ indexedDB, IDBKeyRange });
    connections.push(db);
    return db;
  };
  const writer = connect();
  const { pages, annotations } = insightsLibrary();
  const more = Array.from({ length: extraFigures }, (_, i) =>
    row(VI, {
      kind: 'figure',
      quote: `${i + 1} tỷ đồng`,
      figureType: 'money',
      value: (i + 1) * 1e9,
      unit: 'VND',
      start: 1_000 + i,
    }),
  );
  await writer.pages.bulkAdd(pages);
  await rowsTable(writer).bulkAdd([...annotations, ...more]);
  await storeProjections(writer, await readProjections(writer));
  return { writer, connect };
}
