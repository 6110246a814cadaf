import * as v from 'valibot';
import type { TextSelector } from '../../engine/anchor/selectors';
import { longText, offset, shortText } from './fields';
import type { Same } from './type-helpers';

/** The W3C selectors stored with every annotation, to find its text again on a later visit. */
export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: longText,
  prefix: shortText,
  suffix: shortText,
});

export const TextPositionSelectorSchema = v.object({
  type: v.literal('TextPositionSelector'),
  start: offset,
  end: offset,
});

export const SelectorsSchema = v.pipe(
  v.array(v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema])),
  v.maxLength(4),
);

/** The engine's anchor module names the selectors; this fails to compile if the two part ways. */
export const selectorsAgree: Same<v.InferOutput<typeof SelectorsSchema>[number], TextSelector> = true;
