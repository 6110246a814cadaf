import { autoTags } from '../shared/auto-tags';
import type { AutoAnnotationInput } from '../shared/messages';
import type { NewAutoRow } from './queries';

/** A key shared by every mention of one entity, so the library can group them across pages. */
export function entityKeyOf(annotation: AutoAnnotationInput): string | null {
  switch (annotation.kind) {
    case 'official':
      return `official:${annotation.name.toLocaleLowerCase('vi')}`;
    case 'figure':
      return annotation.value === null
        ? null
        : `figure:${annotation.figureType}:${annotation.value}${annotation.valueTo === undefined ? '' : `-${annotation.valueTo}`}${annotation.unit ? ` ${annotation.unit}` : ''}`;
    case 'directive':
      return annotation.issuer ? `directive:${annotation.issuer.toLocaleLowerCase('vi')}` : null;
  }
}

/**
 * An engine annotation (with its selectors) as a database row's fields. The message and the
 * row share their kind's entity fields (one schema), so only `text` is renamed `quote`.
 */
export function toAutoRow(annotation: AutoAnnotationInput): NewAutoRow {
  const { text, ...fields } = annotation;
  return { ...fields, quote: text, tags: autoTags(annotation), entityKey: entityKeyOf(annotation) };
}
