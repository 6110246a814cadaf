import * as v from 'valibot';
import { type AnyEntityFields, ENTITY_FIELDS } from './annotation';
import { longText, nullableShortText, offset, timestamp } from './fields';
import { READER_COLOURS, READER_KINDS } from './kinds';
import { pageKeyUrl } from './page';
import { SelectorsSchema } from './selectors';

/** A row's id: a UUID when Newsmark made it, whatever a backup carried otherwise. */
export const RowIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** What every stored annotation row has, whoever made it. */
const rowBase = {
  id: RowIdSchema,
  /** The page key of the page it belongs to. */
  url: pageKeyUrl,
  /** The highlighted text (the engine annotation's `text`). */
  quote: longText,
  start: offset,
  end: offset,
  selectors: SelectorsSchema,
  tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50)),
  /** Groups mentions of one entity: "official:<name>", "figure:<type>:<value>", "directive:<issuer>". */
  entityKey: nullableShortText,
  created: timestamp,
  modified: timestamp,
};

const auto = { ...rowBase, origin: v.literal('auto') };

/**
 * One annotation row as the database keeps it and a backup carries it, told apart by `kind`:
 * an automatic row has exactly its kind's entity fields, a reader row its colour and note.
 */
export const AnnotationRowSchema = v.pipe(
  v.variant('kind', [
    v.object({ ...auto, kind: v.literal('official'), ...ENTITY_FIELDS.official }),
    v.object({ ...auto, kind: v.literal('figure'), ...ENTITY_FIELDS.figure }),
    v.object({ ...auto, kind: v.literal('directive'), ...ENTITY_FIELDS.directive }),
    v.object({
      ...rowBase,
      origin: v.literal('reader'),
      kind: v.picklist(READER_KINDS),
      colour: v.optional(v.picklist(READER_COLOURS)),
      /** The reader's note (any reader row may carry one). */
      body: v.optional(longText),
      /** Its quote could not be found on the last visit: kept, never deleted. */
      orphan: v.optional(v.boolean()),
    }),
  ]),
  // A stored row may be empty (an old visit's collapsed range); it never runs backwards.
  v.check((a) => a.end >= a.start, 'an annotation cannot end before it starts'),
);

export type AnnotationRow = v.InferOutput<typeof AnnotationRowSchema>;
export type AutoRow = Extract<AnnotationRow, { origin: 'auto' }>;
export type ReaderRow = Extract<AnnotationRow, { origin: 'reader' }>;

/**
 * Any row seen flat: the fields every row has, and every kind's own fields as optional. What
 * search and the flat export formats (CSV columns, W3C bodies) read without asking the kind.
 */
export type FlatAnnotationRow = Pick<
  AnnotationRow,
  | 'id'
  | 'url'
  | 'kind'
  | 'origin'
  | 'quote'
  | 'start'
  | 'end'
  | 'selectors'
  | 'tags'
  | 'entityKey'
  | 'created'
  | 'modified'
> &
  AnyEntityFields &
  Partial<Pick<ReaderRow, 'colour' | 'body' | 'orphan'>>;
