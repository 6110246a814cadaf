import type { AnnotationRow, PageRecord } from '../shared/records';
import type { NewsmarkDb } from './db';
import { CHANGE_KEY, pageWordsKey } from './derived-keys';
import { annotationWords, INDEXED_WORD, OVERFLOW_WORD, pageWords } from './search-words';

/**
 * A page's search words as stored in `derived` (derived-invalidation.ts drops them on any write
 * to the page or its rows): its title's and site's on the first line, then one line per row,
 * "id<TAB>words". The same words the `words` index holds, so what they admit is what the index
 * would return: a newest-first search reads a page's line of words instead of its rows, and
 * then only the rows that may match.
 */
export function pageWordLines(page: PageRecord, rows: readonly AnnotationRow[]): string {
  const line = (words: string[]) => words.filter((word) => word !== INDEXED_WORD).join(' ');
  return [line(pageWords(page)), ...rows.map((row) => `${row.id}\t${line(annotationWords(row))}`)].join('\n');
}

/** Whether a line of stored words holds every query word as a word's start (or overflowed). */
function admits(line: string, words: readonly string[]): boolean {
  const own = line.split(' ');
  return own.includes(OVERFLOW_WORD) || words.every((word) => own.some((w) => w.startsWith(word)));
}

/** What the word index would return of a page, from its stored words: its title, and which rows. */
export function admittedBy(stored: string, words: readonly string[]): { title: boolean; rows: string[] } {
  // Most pages lack a query word anywhere: one substring test each rejects them.
  if (!stored.includes(OVERFLOW_WORD) && !words.every((word) => stored.includes(word)))
    return { title: false, rows: [] };
  const [title = '', ...lines] = stored.split('\n');
  const rows: string[] = [];
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (admits(line.slice(tab + 1), words)) rows.push(line.slice(0, tab));
  }
  return { title: admits(title, words), rows };
}

/** The stored words of these pages (undefined where none are stored). */
export async function readPageWords(
  db: NewsmarkDb,
  urls: readonly string[],
): Promise<(string | undefined)[]> {
  const rows = await db.derived.bulkGet(urls.map(pageWordsKey));
  return rows.map((row) => row?.value as string | undefined);
}

/**
 * Stores words a read worked out (url -> pageWordLines), unless a write came in since the
 * read's change stamp: that write may have changed those pages. Called from a fresh task, as a
 * search runs in a read-only live query.
 */
export async function storePageWords(db: NewsmarkDb, stamp: unknown, built: ReadonlyMap<string, string>) {
  await db.transaction('rw', db.derived, async () => {
    if (((await db.derived.get(CHANGE_KEY))?.value ?? null) !== stamp) return;
    await db.derived.bulkPut([...built].map(([url, value]) => ({ key: pageWordsKey(url), value })));
  });
}

/** Writes the words of `urls` from their rows as they now stand; inside the writer's transaction. */
export async function refreshPageWords(db: NewsmarkDb, urls: readonly string[]): Promise<void> {
  const pages = await db.pages.bulkGet([...urls]);
  const rows = await Promise.all(urls.map((url) => db.annotations.where('url').equals(url).toArray()));
  await db.derived.bulkPut(
    pages.flatMap((page, i) =>
      page ? [{ key: pageWordsKey(page.url), value: pageWordLines(page, rows[i] ?? []) }] : [],
    ),
  );
}
