import type { DBCore, Middleware, Table } from 'dexie';
import type { FlatAnnotationRow, PageRecord } from '../shared/records';
import { foldForSearch } from './search-fold';

/** Words indexed per row: a long reader note cannot bloat the index without bound. */
export const MAX_WORDS_PER_ROW = 200;
/**
 * Stored in place of the words past the cap. It has no letter or digit, so no query word
 * equals it; search always adds the rows carrying it to its candidates, so results stay exact.
 */
export const OVERFLOW_WORD = '\u0001+';
/**
 * Carried by every row the index has seen, so search can count the rows it has not: a row
 * written around Dexie (by an older build's context still open, or raw IndexedDB) has no
 * words, and must still be found.
 */
export const INDEXED_WORD = '\u0001';

/** The folded words of a text: runs of letters and digits, as the index and the query both cut them. */
export function wordsOf(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function indexWords(parts: readonly (string | null | undefined)[]): string[] {
  const words = [...new Set(wordsOf(parts.filter(Boolean).join(' ')))];
  const kept =
    words.length > MAX_WORDS_PER_ROW ? [...words.slice(0, MAX_WORDS_PER_ROW), OVERFLOW_WORD] : words;
  return [INDEXED_WORD, ...kept];
}

export function annotationWords(row: Partial<FlatAnnotationRow>): string[] {
  return indexWords([row.quote, row.body, row.name, row.titles?.join(' '), row.issuer]);
}

export function pageWords(page: Partial<PageRecord>): string[] {
  return indexWords([page.title, page.site]);
}

/** What a row is stored as: the record plus its index words, never seen outside the store. */
export type Indexed<T> = T & { words?: string[] };

/** The index fields a table's rows carry beside their own (`words`; a pack's ids and tags too). */
type IndexFieldsFor = (row: Record<string, unknown>) => Record<string, unknown>;

/**
 * Keeps the index fields right on every write (add, put, bulkPut, update, modify all reach the
 * store as add/put of whole rows), so no writer can forget them. Works on copies: a caller's
 * object is never given a `words` field. Dexie's creating/updating hooks would write into the
 * caller's objects instead.
 */
export function wordIndexMiddleware(fieldsByTable: Record<string, IndexFieldsFor>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'newsmark-word-index',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const fieldsFor = fieldsByTable[name];
        if (!fieldsFor) return table;
        return {
          ...table,
          mutate: (req) =>
            req.type === 'add' || req.type === 'put'
              ? table.mutate({ ...req, values: req.values.map((row) => ({ ...row, ...fieldsFor(row) })) })
              : table.mutate(req),
        };
      },
    }),
  };
}

/** Strips `words` from every row read, so rows leave the store (exports, backups) as they were written. */
export function hideWordsOnRead(table: Table): void {
  table.hook('reading', (obj: Indexed<object> | undefined) => {
    if (obj?.words === undefined) return obj;
    const { words: _words, ...row } = obj;
    return row;
  });
}
