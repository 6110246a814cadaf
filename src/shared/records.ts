import type { TextSelector } from '../engine/anchor/selectors';
import type { FigureType } from '../engine/types';

export type { TextPositionSelector, TextQuoteSelector, TextSelector } from '../engine/anchor/selectors';

/** One article page as the database keeps it; `url` is the normalised location (see page-url.ts). */
export interface PageRecord {
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  site: string | null;
  lang: string | null;
  published: string | null;
  byline: string | null;
  firstSeen: number;
  lastSeen: number;
}

export type AutoKind = 'official' | 'figure' | 'directive';
export type ReaderKind = 'highlight' | 'note';
export type StoredKind = AutoKind | ReaderKind;
export type AnnotationOrigin = 'auto' | 'reader';

/** The reader's highlight colours; highlights.css paints each as `newsmark-reader-<colour>`. */
export const READER_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type ReaderColour = (typeof READER_COLOURS)[number];

/** One annotation row. Entity fields are present for the matching kind only. */
export interface AnnotationRow {
  id: string;
  url: string;
  kind: StoredKind;
  origin: AnnotationOrigin;
  /** The highlighted text (the engine annotation's `text`). */
  quote: string;
  start: number;
  end: number;
  selectors: TextSelector[];
  tags: string[];
  /** Groups mentions of one entity: "official:<name>", "figure:<type>:<value>", "directive:<issuer>". */
  entityKey: string | null;
  name?: string;
  titles?: string[];
  figureType?: FigureType;
  value?: number | string | null;
  unit?: string | null;
  issuer?: string | null;
  /** Reader notes and highlight colour. */
  body?: string;
  colour?: string;
  /** A reader annotation whose quote could not be found on the last visit: kept, never deleted. */
  orphan?: boolean;
  created: number;
  modified: number;
}
