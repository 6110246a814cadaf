/**
 * The stored records' types, derived from the schemas in ./schema (the one definition of a
 * page and an annotation); this module only gives them their usual names.
 */
export type { TextPositionSelector, TextQuoteSelector, TextSelector } from '../engine/anchor/selectors';
export type { AnnotationOrigin, AutoKind, ReaderColour, ReaderKind, StoredKind } from './schema/kinds';
export { READER_COLOURS } from './schema/kinds';
export type { PageRecord } from './schema/page';
export type { AnnotationRow, AutoRow, FlatAnnotationRow, ReaderRow } from './schema/record';
