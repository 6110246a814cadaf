/**
 * The engine's public vocabulary. Everything here is plain data (JSON-safe) except the
 * DOM links in ArticleBlock / TextModel, which never leave the page or the CLI process.
 */

export type Lang = 'vi' | 'en' | (string & {});

/** What a block of the article is, in reading order. */
export type BlockKind = 'heading' | 'lead' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'preformatted';

/** One block of the article as found in the DOM: its text is the visible text under `element`. */
export interface ArticleBlock {
  kind: BlockKind;
  element: Element;
  /** Descendants of `element` whose text is not part of the article (inline share buttons, ads). */
  skip?: Element[];
}

export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  /** ISO 8601: a date ("2024-01-04") or date-time with offset. */
  published: string | null;
  lang: Lang | null;
  siteName: string | null;
  /** Canonical URL when the page declares one. */
  url: string | null;
}

export interface FoundArticle extends ArticleMetadata {
  isArticle: boolean;
  blocks: ArticleBlock[];
}

/** A block's place in the article text. */
export interface TextBlock {
  kind: BlockKind;
  start: number;
  end: number;
}

/** A run of article text that maps one-to-one (or, for re-composed characters, end-to-end) onto a Text node. */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  nodeStart: number;
  nodeEnd: number;
}

/** Article blocks as one string (blocks joined by a blank line) with offsets back into the DOM. */
export interface TextModel {
  text: string;
  blocks: TextBlock[];
  segments: TextSegment[];
}

export type AnnotationKind = 'official' | 'figure' | 'directive';

interface AnnotationBase {
  kind: AnnotationKind;
  /** The highlighted text, exactly `article.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

export interface OfficialAnnotation extends AnnotationBase {
  kind: 'official';
  /** The fullest form of the person's name in the article; later short mentions carry it too. */
  name: string;
  /** All titles the article attaches to the person, as written, aggregated over mentions. */
  titles: string[];
}

export type FigureType = 'money' | 'percent' | 'ratio' | 'quantity' | 'date' | 'time' | 'number';

export interface FigureAnnotation extends AnnotationBase {
  kind: 'figure';
  figureType: FigureType;
  /** Numbers for amounts (430 tỷ USD -> 430000000000); ISO strings for dates/times ("2024-01-04"). */
  value: number | string | null;
  /** A range's upper end, in the same unit ("0,5 - 1 tỷ USD": value 5e8, valueTo 1e9). */
  valueTo?: number;
  /** "USD", "VND", "percent", "percentage-point", "times", a counted noun, "date", "time". */
  unit: string | null;
}

export interface DirectiveAnnotation extends AnnotationBase {
  kind: 'directive';
  /** The official or body that gives the order, when the article says or makes it plain. */
  issuer: string | null;
}

export type Annotation = OfficialAnnotation | FigureAnnotation | DirectiveAnnotation;

/** What the analyzers read. */
export interface AnalyzerInput {
  text: string;
  lang: Lang;
  blocks: TextBlock[];
}

/** The article as the CLI contract prints it. */
export interface ArticleRecord extends ArticleMetadata {
  isArticle: boolean;
  text: string;
}

export interface AnnotateTimings {
  articleMs: number;
  textMs: number;
  analyzeMs: number;
  totalMs: number;
}

export interface AnnotateResult {
  article: ArticleRecord;
  annotations: Annotation[];
  timings: AnnotateTimings;
  /** DOM links for painting; not serialisable. Absent when the page is not an article. */
  model: TextModel | null;
  /** True when the page was longer than the engine's limits and only its start was analysed. */
  truncated?: boolean;
}
