import type {
  ReaderAnchoringMessage,
  ReaderAnnotationCreatedMessage,
  ReaderAnnotationsRequestedMessage,
  ReaderMark,
  ReplyTo,
} from '../shared/messages';
import { errorReply } from '../shared/messages';
import type { ReaderRow } from '../shared/records';
import type { NewsmarkDb } from '../store/db';
import { addReaderAnnotation, markAnchoring, readerAnnotationsForPage } from '../store/reader-annotations';

/** What a content script needs of a reader row: its place and quote, not the note's text or tags. */
export function readerMark(row: ReaderRow): ReaderMark {
  const { id, quote, start, end, selectors, colour, orphan } = row;
  return {
    id,
    quote,
    start,
    end,
    selectors,
    ...(colour === undefined ? {} : { colour }),
    ...(orphan === undefined ? {} : { orphan }),
  };
}

export async function readerAnnotationCreated(
  db: NewsmarkDb,
  msg: ReaderAnnotationCreatedMessage,
): Promise<ReplyTo<'content/reader-annotation-created'>> {
  const { annotation } = msg;
  const row = await addReaderAnnotation(db, {
    url: msg.url,
    kind: annotation.kind,
    colour: annotation.colour,
    quote: annotation.text,
    start: annotation.start,
    end: annotation.end,
    selectors: annotation.selectors,
    ...(annotation.body === undefined ? {} : { body: annotation.body }),
  });
  return { ok: true, stored: 1, id: row.id };
}

export async function readerAnnotationsRequested(
  db: NewsmarkDb,
  msg: ReaderAnnotationsRequestedMessage,
): Promise<ReplyTo<'content/reader-annotations-requested'>> {
  const rows = await readerAnnotationsForPage(db, msg.url);
  return { ok: true, rows: rows.map(readerMark) };
}

export async function readerAnchoring(
  db: NewsmarkDb,
  msg: ReaderAnchoringMessage,
): Promise<ReplyTo<'content/reader-anchoring'>> {
  const bad = msg.results.find((r) => !r.orphan && r.end <= r.start);
  if (bad) return errorReply('invalid-message', `results: ${bad.id} must end after it starts`);
  await markAnchoring(db, msg.url, msg.results);
  return { ok: true, stored: msg.results.length };
}
