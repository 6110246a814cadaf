import { describeTextRange } from '../engine/anchor/selectors';
import { rangeToOffsets } from '../engine/text/dom-to-offset';
import type { TextModel } from '../engine/types';
import type { TextSelector } from '../shared/records';

/** Article text chosen by the reader, described for storing. */
export interface ReaderSpan {
  start: number;
  end: number;
  text: string;
  selectors: TextSelector[];
}

export type SpanRefusal = 'no-selection' | 'not-article' | 'outside-article';

export type SpanResult = { ok: true; span: ReaderSpan } | { ok: false; reason: SpanRefusal };

/** The selection's first range, or null when nothing (or only a caret) is selected. */
export function selectedRange(selection: Selection | null): Range | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return selection.getRangeAt(0);
}

/**
 * Turns a DOM range into article text offsets and W3C selectors. Reader highlights live only
 * inside the article (the offsets and selectors are against the article text, as the
 * automatic ones are); a range with no article text in it is refused, one that runs past the
 * article is cut to the article part.
 */
export function spanForRange(model: TextModel | null, range: Range | null): SpanResult {
  if (!range || range.collapsed) return { ok: false, reason: 'no-selection' };
  if (!model) return { ok: false, reason: 'not-article' };
  const offsets = rangeToOffsets(model, range);
  if (!offsets) return { ok: false, reason: 'outside-article' };
  const { start, end } = offsets;
  return {
    ok: true,
    span: {
      start,
      end,
      text: model.text.slice(start, end),
      selectors: describeTextRange(model.text, start, end),
    },
  };
}
