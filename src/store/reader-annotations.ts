import type { AnchoringResult } from '../shared/messages';
import type { AnnotationRow, ReaderColour, ReaderRow, TextSelector } from '../shared/records';
import { addRows, annotationStore, deleteRows, putRows, rowById, rowsOfPageOrigin } from './annotation-rows';
import type { NewsmarkDb } from './db';

/** A reader annotation as the page (or an import) describes it, before it gets an id and timestamps. */
export type NewReaderRow = Pick<
  ReaderRow,
  'url' | 'kind' | 'quote' | 'start' | 'end' | 'selectors' | 'body'
> & {
  colour: ReaderColour;
  tags?: string[];
};

/** What the reader may change later; the quote and its place belong to the page. */
export type ReaderChanges = Partial<Pick<ReaderRow, 'body' | 'colour' | 'tags'>>;

function isReaderRow(row: AnnotationRow | undefined): row is ReaderRow {
  return row?.origin === 'reader';
}

/** Stores a new reader highlight or note and returns the stored row. */
export async function addReaderAnnotation(
  db: NewsmarkDb,
  input: NewReaderRow,
  now: number = Date.now(),
): Promise<ReaderRow> {
  const row: ReaderRow = {
    id: crypto.randomUUID(),
    url: input.url,
    kind: input.kind,
    origin: 'reader',
    quote: input.quote,
    start: input.start,
    end: input.end,
    selectors: input.selectors,
    tags: input.tags ?? [],
    entityKey: null,
    colour: input.colour,
    created: now,
    modified: now,
  };
  if (input.body !== undefined) row.body = input.body;
  await addRows(db, [row]);
  return row;
}

/** Changes a reader row's note, colour or tags; rejects for a missing row or a machine ('auto') row. */
export async function updateReaderAnnotation(
  db: NewsmarkDb,
  id: string,
  changes: ReaderChanges,
  now: number = Date.now(),
): Promise<void> {
  await db.transaction('rw', annotationStore(db), async () => {
    const row = await rowById(db, id);
    if (!isReaderRow(row)) throw new Error(`annotation ${id} is not a reader annotation`);
    const next: ReaderRow = { ...row, modified: now };
    if (changes.body !== undefined) {
      next.body = changes.body;
      // Notes are written in the side panel or popup on a highlight made in the page: a
      // highlight with a note is a note (and a note emptied is a highlight again).
      next.kind = changes.body.trim() ? 'note' : 'highlight';
    }
    if (changes.colour !== undefined) next.colour = changes.colour;
    if (changes.tags !== undefined) next.tags = [...changes.tags];
    // Rewritten whole inside the transaction: the row's type is one of the union's, which a
    // partial update spec cannot name.
    await putRows(db, [next]);
  });
}

/** Deletes a reader row; rejects for a missing row or a machine ('auto') row, which only a visit replaces. */
export async function deleteReaderAnnotation(db: NewsmarkDb, id: string): Promise<void> {
  await db.transaction('rw', annotationStore(db), async () => {
    const row = await rowById(db, id);
    if (!isReaderRow(row)) throw new Error(`annotation ${id} is not a reader annotation`);
    await deleteRows(db, [id]);
  });
}

/** The reader's own annotations on a page, in reading order. */
export async function readerAnnotationsForPage(db: NewsmarkDb, url: string): Promise<ReaderRow[]> {
  const rows = (await rowsOfPageOrigin(db, url, 'reader')).filter(isReaderRow);
  return rows.sort((a, b) => a.start - b.start || a.end - b.end);
}

function withPosition(selectors: TextSelector[], start: number, end: number): TextSelector[] {
  return selectors.map((s) => (s.type === 'TextPositionSelector' ? { ...s, start, end } : s));
}

/**
 * Records where each reader annotation of `url` was found on this visit. A found one gets its
 * new offsets (and position selector); one not found is marked orphan with its old place and
 * quote kept, so it can be shown, re-found on a later visit, or deleted by the reader.
 * Rows of other pages and machine rows are never touched; unchanged rows are not rewritten.
 */
export async function markAnchoring(
  db: NewsmarkDb,
  url: string,
  results: readonly AnchoringResult[],
): Promise<void> {
  await db.transaction('rw', annotationStore(db), async () => {
    for (const result of results) {
      const row = await rowById(db, result.id);
      if (!isReaderRow(row) || row.url !== url) continue;
      if (result.orphan) {
        const orphaned: ReaderRow = { ...row, orphan: true };
        if (!row.orphan) await putRows(db, [orphaned]);
        continue;
      }
      if (row.start === result.start && row.end === result.end && !row.orphan) continue;
      const moved: ReaderRow = {
        ...row,
        start: result.start,
        end: result.end,
        orphan: false,
        selectors: withPosition(row.selectors, result.start, result.end),
      };
      await putRows(db, [moved]);
    }
  });
}
