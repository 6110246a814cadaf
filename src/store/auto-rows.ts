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
        : `figure:${annotation.figureType}:${annotation.value}${annotation.unit ? ` ${annotation.unit}` : ''}`;
    case 'directive':
      return annotation.issuer ? `directive:${annotation.issuer.toLocaleLowerCase('vi')}` : null;
  }
}

/** An engine annotation (with its selectors) as a database row's fields. */
export function toAutoRow(annotation: AutoAnnotationInput): NewAutoRow {
  const { text, start, end, selectors, kind } = annotation;
  const base = {
    kind,
    quote: text,
    start,
    end,
    selectors,
    tags: autoTags(annotation),
    entityKey: entityKeyOf(annotation),
  };
  switch (annotation.kind) {
    case 'official':
      return { ...base, name: annotation.name, titles: annotation.titles };
    case 'figure':
      return {
        ...base,
        figureType: annotation.figureType,
        value: annotation.value,
        unit: annotation.unit,
      };
    case 'directive':
      return { ...base, issuer: annotation.issuer };
  }
}
