import type { AnnotationRow, ReaderColour, ReaderKind, TextSelector } from '../shared/records';
import type { NewsmarkDb } from './db';

/** A reader annotation as the page (or an import) describes it, before it gets an id and timestamps. */
export interface NewReaderRow {
  url: string;
  kind: ReaderKind;
  colour: ReaderColour;
  quote: string;
  start: number;
  end: number;
  selectors: TextSelector[];
  /** The note's text (kind 'note'). */
  body?: string;
  tags?: string[];
}

/** What the reader may change later; the quote and its place belong to the page. */
export interface ReaderChanges {
  body?: string;
  colour?: string;
  tags?: string[];
}

/** Where one reader annotation was found on this visit, or that it was not found. */
export interface AnchoringResult {
  id: string;
  start: number;
  end: number;
  orphan: boolean;
}

function isReaderRow(row: AnnotationRow | undefined): row is AnnotationRow {
  return row?.origin === 'reader';
}

/** Stores a new reader highlight or note and returns the stored row. */
export async function addReaderAnnotation(
  db: NewsmarkDb,
  input: NewReaderRow,
  now: number = Date.now(),
): Promise<AnnotationRow> {
  const row: AnnotationRow = {
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
  await db.annotations.add(row);
  return row;
}

/** Changes a reader row's note, colour or tags; rejects for a missing row or a machine ('auto') row. */
export async function updateReaderAnnotation(
  db: NewsmarkDb,
  id: string,
  changes: ReaderChanges,
  now: number = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const row = await db.annotations.get(id);
    if (!isReaderRow(row)) throw new Error(`annotation ${id} is not a reader annotation`);
    const update: Partial<AnnotationRow> = { modified: now };
    if (changes.body !== undefined) {
      update.body = changes.body;
      // Notes are written in the side panel or popup on a highlight made in the page: a
      // highlight with a note is a note (and a note emptied is a highlight again).
      update.kind = changes.body.trim() ? 'note' : 'highlight';
    }
    if (changes.colour !== undefined) update.colour = changes.colour;
    if (changes.tags !== undefined) update.tags = [...changes.tags];
    await db.annotations.update(id, update);
  });
}

/** Deletes a reader row; rejects for a missing row or a machine ('auto') row, which only a visit replaces. */
export async function deleteReaderAnnotation(db: NewsmarkDb, id: string): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const row = await db.annotations.get(id);
    if (!isReaderRow(row)) throw new Error(`annotation ${id} is not a reader annotation`);
    await db.annotations.delete(id);
  });
}

/** The reader's own annotations on a page, in reading order. */
export async function readerAnnotationsForPage(db: NewsmarkDb, url: string): Promise<AnnotationRow[]> {
  const rows = await db.annotations.where('[url+origin]').equals([url, 'reader']).toArray();
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
  await db.transaction('rw', db.annotations, async () => {
    for (const result of results) {
      const row = await db.annotations.get(result.id);
      if (!isReaderRow(row) || row.url !== url) continue;
      if (result.orphan) {
        if (!row.orphan) await db.annotations.update(row.id, { orphan: true });
        continue;
      }
      if (row.start === result.start && row.end === result.end && !row.orphan) continue;
      await db.annotations.update(row.id, {
        start: result.start,
        end: result.end,
        orphan: false,
        selectors: withPosition(row.selectors, result.start, result.end),
      });
    }
  });
}
