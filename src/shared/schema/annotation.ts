import * as v from 'valibot';
import type { Annotation } from '../../engine/types';
import { longText, MAX_NOTE, nullableShortText, offset, shortText } from './fields';
import { FIGURE_TYPES, READER_COLOURS, READER_KINDS } from './kinds';
import { SelectorsSchema } from './selectors';
import type { Same } from './type-helpers';

/**
 * What each automatic kind carries besides its place: the one statement of it. Messages,
 * stored rows, imports, exports and the CLI contract all build on these entries.
 */
export const ENTITY_FIELDS = {
  official: {
    /** The fullest form of the person's name in the article. */
    name: shortText,
    /** Every title the article attaches to the person, as written. */
    titles: v.pipe(v.array(shortText), v.maxLength(50)),
  },
  figure: {
    figureType: v.picklist(FIGURE_TYPES),
    /** A number for amounts, an ISO string for dates and times. */
    value: v.nullable(v.union([v.pipe(v.number(), v.finite()), shortText])),
    /** A range's upper end, in the same unit: "6 to 8 percent" is 6 to 8. */
    valueTo: v.optional(v.pipe(v.number(), v.finite())),
    unit: nullableShortText,
  },
  directive: {
    /** Who gives the order, when the article says or makes it plain. */
    issuer: nullableShortText,
  },
} as const;

const AllEntityFieldsSchema = v.object({
  ...ENTITY_FIELDS.official,
  ...ENTITY_FIELDS.figure,
  ...ENTITY_FIELDS.directive,
});
/** Every automatic kind's fields, each optional: how flat formats (CSV columns, W3C bodies) read a row. */
export type AnyEntityFields = Partial<v.InferOutput<typeof AllEntityFieldsSchema>>;
/** The names of all entity fields ("name", "titles", "figureType", ...). */
export const ENTITY_FIELD_NAMES = Object.keys(AllEntityFieldsSchema.entries) as (keyof AnyEntityFields)[];

/** The highlighted text and its offsets into the article text. */
const span = { text: v.pipe(longText, v.minLength(1)), start: offset, end: offset };

/** Each automatic kind's entries, as the engine finds it. */
const official = { kind: v.literal('official'), ...span, ...ENTITY_FIELDS.official };
const figure = { kind: v.literal('figure'), ...span, ...ENTITY_FIELDS.figure };
const directive = { kind: v.literal('directive'), ...span, ...ENTITY_FIELDS.directive };

/** An annotation as the engine finds it (and as the CLI contract prints it). */
export const EngineAnnotationSchema = v.variant('kind', [
  v.object(official),
  v.object(figure),
  v.object(directive),
]);

/** engine/types.ts is the engine's vocabulary; this fails to compile if the schema parts from it. */
export const engineAnnotationsAgree: Same<v.InferOutput<typeof EngineAnnotationSchema>, Annotation> = true;

const ENDS_AFTER_START = 'an annotation must end after it starts';

/** An engine annotation with the selectors that find it again, as a content script sends it. */
export const AutoAnnotationSchema = v.pipe(
  v.variant('kind', [
    v.object({ ...official, selectors: SelectorsSchema }),
    v.object({ ...figure, selectors: SelectorsSchema }),
    v.object({ ...directive, selectors: SelectorsSchema }),
  ]),
  v.check((a) => a.end > a.start, ENDS_AFTER_START),
);

/** The reader highlighted (or noted) article text, as the content script sends it. */
export const ReaderAnnotationSchema = v.pipe(
  v.object({
    kind: v.picklist(READER_KINDS),
    colour: v.picklist(READER_COLOURS),
    ...span,
    selectors: SelectorsSchema,
    body: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
  }),
  v.check((a) => a.end > a.start, ENDS_AFTER_START),
  v.check((a) => a.kind !== 'note' || (a.body ?? '').trim().length > 0, 'a note needs a text'),
);

export type AutoAnnotationInput = v.InferOutput<typeof AutoAnnotationSchema>;
export type ReaderAnnotationInput = v.InferOutput<typeof ReaderAnnotationSchema>;

/** Each engine kind's field names, in the schema's order: what the CLI contract prints. */
export const ENGINE_FIELDS = Object.fromEntries(
  EngineAnnotationSchema.options.map((option) => [option.entries.kind.literal, Object.keys(option.entries)]),
) as Record<Annotation['kind'], (keyof Annotation)[]>;
