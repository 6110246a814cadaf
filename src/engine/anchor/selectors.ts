/** W3C Web Annotation selectors over the article text (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** Characters of context kept on each side of a quote: enough to tell repeated quotes apart. */
export const QUOTE_CONTEXT_LENGTH = 32;

/** Moves an index off the second half of a surrogate pair so context never splits a character. */
function clampToCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}

/**
 * Describes article text [start, end) with a TextQuoteSelector (exact + up to 32 characters
 * of prefix and suffix) and a TextPositionSelector on the same text.
 */
export function describeTextRange(
  text: string,
  start: number,
  end: number,
  context = QUOTE_CONTEXT_LENGTH,
): [TextQuoteSelector, TextPositionSelector] {
  if (!(start >= 0 && end > start && end <= text.length))
    throw new RangeError(`range [${start}, ${end}) is outside the text (length ${text.length})`);
  const prefixStart = clampToCodePoint(text, Math.max(0, start - context));
  const suffixEnd = Math.min(text.length, end + context);
  const suffixCut = clampToCodePoint(text, suffixEnd) > suffixEnd ? suffixEnd - 1 : suffixEnd;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixCut),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
