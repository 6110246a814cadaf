import type { AnnotationRow, PageRecord } from '../shared/records';
import { rowsOfPage } from './annotation-rows';
import type { NewsmarkDb } from './db';
import { CHANGE_KEY, pageWordsKey } from './derived-keys';
import { countRows, type RowCounts } from './library';
import { annotationWords, INDEXED_WORD, OVERFLOW_WORD, pageWords } from './search-words';

/**
 * A page's search words as stored in `derived` (derived-invalidation.ts drops them on any write
 * to the page or its rows), with its counts as the library lists them (so a search lists the
 * pages it found without reading their rows again). `lines`: the title's and site's words on
 * the first line, then one line per row, "id<TAB>words". The same words the `words` index
 * holds, so what they admit is what the index would return: a newest-first search reads a
 * page's line of words instead of its rows, and then only the rows that may match.
 */
export interface PageWords extends RowCounts {
  lines: string;
}

export function pageWordsOf(page: PageRecord, rows: readonly AnnotationRow[]): PageWords {
  const line = (words: string[]) => words.filter((word) => word !== INDEXED_WORD).join(' ');
  return {
    ...countRows(rows),
    lines: [line(pageWords(page)), ...rows.map((row) => `${row.id}\t${line(annotationWords(row))}`)].join(
      '\n',
    ),
  };
}

/**
 * Whether stored words have a line for each of these row ids and no other (a row added around
 * Dexie has none). Native string searches, no split: the first search after a page load runs
 * this on cold code, where a JS loop over every line cost several times what it costs warm.
 */
export function linesRowsAre(lines: string, ids: readonly string[]): boolean {
  let own = 0;
  for (let at = lines.indexOf('\n'); at !== -1; at = lines.indexOf('\n', at + 1)) own++;
  // Each id is one line's whole id (between its line's start and its tab), and ids are unique.
  return own === ids.length && ids.every((id) => lines.includes(`\n${id}\t`));
}

/** Whether a line of stored words holds every query word as a word's start (or overflowed). */
function admits(line: string, words: readonly string[]): boolean {
  const own = line.split(' ');
  return own.includes(OVERFLOW_WORD) || words.every((word) => own.some((w) => w.startsWith(word)));
}

/** admittedBy line by line: for stored words with an overflowed row, which every query admits. */
function admittedLineByLine(stored: string, words: readonly string[]): { title: boolean; rows: string[] } {
  const [title = '', ...lines] = stored.split('\n');
  const rows: string[] = [];
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (admits(line.slice(tab + 1), words)) rows.push(line.slice(0, tab));
  }
  return { title: admits(title, words), rows };
}

const SPACE = 32;
const TAB = 9;

/** Whether a line's words (space-separated) hold each of `words` as a word's start; `spaced`: each with a space before. */
function holdsAll(line: string, words: readonly string[], spaced: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++)
    if (!line.startsWith(words[i] as string) && !line.includes(spaced[i] as string)) return false;
  return true;
}

/**
 * What the word index would return of a page, from its stored lines: its title, and which
 * rows. The first (longest) query word is looked for through the whole text, and only its
 * lines are checked for the others: a few native string searches a page, where splitting
 * every line into words cost a cold first search tens of milliseconds.
 */
export function admittedBy(stored: string, words: readonly string[]): { title: boolean; rows: string[] } {
  if (stored.includes(OVERFLOW_WORD)) return admittedLineByLine(stored, words);
  const [lead, ...others] = words;
  // Most pages lack a query word anywhere: one substring test each rejects them.
  if (lead === undefined || !words.every((word) => stored.includes(word))) return { title: false, rows: [] };
  const spaced = others.map((word) => ` ${word}`);
  let title = false;
  const rows: string[] = [];
  for (let at = stored.indexOf(lead); at !== -1; at = stored.indexOf(lead, at + 1)) {
    const before = stored.charCodeAt(at - 1);
    // Not a word's start ("oang" in "hoang"), or a row id's part (after a newline).
    if (at > 0 && before !== SPACE && before !== TAB) continue;
    const start = stored.lastIndexOf('\n', at) + 1;
    const lineEnd = stored.indexOf('\n', at);
    const end = lineEnd === -1 ? stored.length : lineEnd;
    // Row lines are "id<TAB>words": the words start past the tab (an id may hold a space).
    const from = start === 0 ? 0 : stored.indexOf('\t', start) + 1;
    if (at < from) continue;
    if (holdsAll(stored.slice(from, end), others, spaced)) {
      if (start === 0) title = true;
      else rows.push(stored.slice(start, from - 1));
    }
    // The line is decided: the next occurrence looked for is on a later one.
    at = end;
  }
  return { title, rows };
}

/** The id of a page's first row in its stored lines ("id<TAB>words" after the title's line), if any. */
export function firstRowId(lines: string): string | null {
  const line = lines.indexOf('\n');
  const tab = line === -1 ? -1 : lines.indexOf('\t', line);
  return tab === -1 ? null : lines.slice(line + 1, tab);
}

/** The stored words of these pages (undefined where none are stored, or only lines without counts). */
export async function readPageWords(
  db: NewsmarkDb,
  urls: readonly string[],
): Promise<(PageWords | undefined)[]> {
  const rows = await db.derived.bulkGet(urls.map(pageWordsKey));
  // Stored as a bare string before the counts: read whole once more, then stored anew.
  return rows.map((row) => (typeof row?.value === 'object' ? (row.value as PageWords) : undefined));
}

/**
 * Stores words a read worked out (url -> pageWordsOf), unless a write came in since the
 * read's change stamp: that write may have changed those pages. Called from a fresh task, as a
 * search runs in a read-only live query.
 */
export async function storePageWords(db: NewsmarkDb, stamp: unknown, built: ReadonlyMap<string, PageWords>) {
  await db.transaction('rw', db.derived, async () => {
    if (((await db.derived.get(CHANGE_KEY))?.value ?? null) !== stamp) return;
    await db.derived.bulkPut([...built].map(([url, value]) => ({ key: pageWordsKey(url), value })));
  });
}

/** Writes the words of `urls` from their rows as they now stand; inside the writer's transaction. */
export async function refreshPageWords(db: NewsmarkDb, urls: readonly string[]): Promise<void> {
  const pages = await db.pages.bulkGet([...urls]);
  const rows = await Promise.all(urls.map((url) => rowsOfPage(db, url)));
  await db.derived.bulkPut(
    pages.flatMap((page, i) =>
      page ? [{ key: pageWordsKey(page.url), value: pageWordsOf(page, rows[i] ?? []) }] : [],
    ),
  );
}
