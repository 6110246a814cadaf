import type { AnnotationKind } from '../../engine/types';
import type { Same } from './type-helpers';

/** The kinds an annotation can be: the engine's three, and the reader's own two. */
export const AUTO_KINDS = ['official', 'figure', 'directive'] as const;
export const READER_KINDS = ['highlight', 'note'] as const;
export type AutoKind = (typeof AUTO_KINDS)[number];
/** The engine names its kinds too; this fails to compile if the two lists part ways. */
export const autoKindsAgree: Same<AutoKind, AnnotationKind> = true;
export type ReaderKind = (typeof READER_KINDS)[number];
export type StoredKind = AutoKind | ReaderKind;
export type AnnotationOrigin = 'auto' | 'reader';

/** The reader's highlight colours; highlights.css paints each as `newsmark-reader-<colour>`. */
export const READER_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type ReaderColour = (typeof READER_COLOURS)[number];

export const FIGURE_TYPES = ['money', 'percent', 'ratio', 'quantity', 'date', 'time', 'number'] as const;
